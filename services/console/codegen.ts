import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

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
