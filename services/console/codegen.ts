import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Operations typed from the composed supergraph. Each component declares what it reads next to
 * itself (graphql() in the .tsx file); the client preset writes src/gql. `persistedDocuments`
 * gives every operation a sha256 hash and writes src/gql/persisted-documents.json (hash → document),
 * which the build copies to dist/ for the gateway to trust.
 */
const config: CodegenConfig = {
  schema: '../../gateway/supergraph.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      // The gateway runs the stored document (the console sends only its hash), so __typename must
      // be in it: Apollo's cache needs it to match fragments (`...LedgerRow on Issue`) and to
      // normalise entities by id. Without it, a fragment's fields never reach the cache.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        // Plain hex sha256 of the document, as the gateway's trusted-documents manifest and APQ expect.
        persistedDocuments: { hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'), mode: 'embedHashInDocument' },
      },
      config: {
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        useTypeImports: true,
      },
    },
  },
};
export default config;
