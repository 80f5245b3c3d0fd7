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
      // Every selection asks for __typename, in the documents and so in the trusted manifest: the
      // gateway runs the manifest's document (only the hash is sent), and Apollo's cache needs
      // each object's type to match a fragment's type condition and to key an entity.
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
