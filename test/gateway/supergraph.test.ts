import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** Each subgraph's SDL and the composed supergraph are checked-in artifacts; drift fails here. */
describe('checked-in schemas', () => {
  it.each(['city', 'districts', 'issues', 'evaluation'])('services/%s/schema.graphql is what the code builds', (name) => {
    const run = spawnSync(process.execPath, [path.join(root, 'services', name, 'dist', 'emit-sdl.js'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('gateway/supergraph.graphql is what composition gives now', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'gateway', 'dist', 'compose.js'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
