import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES } from './config';

const root = path.resolve(__dirname, '..', '..');
const DEFAULT_PORTS = { city: 4001, districts: 4002, issues: 4003, evaluation: 4004, identity: 4006, notifications: 4007 } as const;
const SUPERGRAPH = path.join(root, 'gateway', 'supergraph.graphql');

/**
 * Composes the supergraph from each subgraph's checked-in SDL (`services/<name>/schema.graphql`).
 * The URLs are the defaults; the gateway's configuration says where each subgraph really runs.
 * With `--check`, fails when the checked-in supergraph is not what composition gives now.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(readFileSync(path.join(root, 'services', name, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Composition failed:\n${(result.errors ?? []).map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

if (require.main === module) {
  try {
    const composed = composeSupergraph();
    if (process.argv.includes('--check')) {
      const current = readFileSync(SUPERGRAPH, 'utf8');
      if (current !== composed) {
        process.stderr.write('gateway/supergraph.graphql is stale: run `npm run compose` and commit the result\n');
        process.exit(1);
      }
      process.stdout.write('supergraph is up to date\n');
    } else {
      writeFileSync(SUPERGRAPH, composed);
      process.stdout.write(`wrote ${path.relative(root, SUPERGRAPH)}\n`);
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
