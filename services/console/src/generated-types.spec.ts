import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The console's operation types (src/gql) are generated from gateway/supergraph.graphql and
 * checked in: they must match what the generator writes today. Fix with `npm run -w services/console codegen`.
 */
describe('the console’s generated GraphQL types', () => {
  it('are up to date with the supergraph and the operations', () => {
    const root = path.resolve(__dirname, '..');
    const bin = path.resolve(root, '..', '..', 'node_modules', '.bin', 'graphql-codegen');
    let output = '';
    let status = 0;
    try {
      output = execFileSync(bin, ['--config', 'codegen.ts', '--check', '--silent'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status?: number; stdout?: string; stderr?: string };
      status = failure.status ?? 1;
      output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
    }
    if (status !== 0) throw new Error(`stale generated types in services/console/src/gql: run npm run -w services/console codegen\n${output}`);
  }, 60_000);
});
