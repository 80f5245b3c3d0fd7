import { spawn } from 'node:child_process';
import path from 'node:path';
import { jwtClaims, jwtHeader, refresh, stackInfo } from '@qinshang/testkit';
import { signedIn, viaGateway, withAdmin } from './helpers';

const repoRoot = path.resolve(__dirname, '..', '..');

async function jwksKids(): Promise<string[]> {
  const jwks = (await (await fetch(new URL('/jwks', stackInfo().identityUrl))).json()) as { keys: Array<{ kid: string }> };
  return jwks.keys.map((key) => key.kid);
}

function rotate(activateIn: number): Promise<{ kid: string; activatesAt: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'services', 'identity', 'dist', 'rotate-keys.js'), '--activate-in', String(activateIn)], {
      env: { ...process.env, APP_DATABASE_URL: stackInfo().appDatabaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`rotate-keys exited ${code}: ${err}`))));
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('signing key rotation', () => {
  it('publishes the new key before it signs; old and new tokens both verify, and nobody is signed out', async () => {
    const before = await signedIn('610111-office');
    const oldKid = jwtHeader(before.tokens.access_token).kid as string;
    const read = (token: string) => viaGateway<{ district: { name: string } }>(token, '{ district(id: "610111") { name } }');
    expect((await read(before.tokens.access_token)).data?.district.name).toBe('灞桥区');

    const rotated = await rotate(2);
    // Published at once (every provider reloads on NOTIFY), while the old key still signs.
    await until('the new key in the JWKS', async () => (await jwksKids()).includes(rotated.kid));

    // The session goes on: refreshing keeps working, and once the new key is active it signs.
    let refreshToken = before.tokens.refresh_token!;
    const fresh = await until('a token signed with the new key', async () => {
      const response = await refresh(refreshToken);
      expect(response.status).toBe(200);
      refreshToken = response.body.refresh_token as string;
      const token = response.body.access_token as string;
      return jwtHeader(token).kid === rotated.kid ? token : null;
    });

    expect((await read(fresh)).data?.district.name).toBe('灞桥区');
    expect((await read(before.tokens.access_token)).data?.district.name).toBe('灞桥区');
    const kids = await jwksKids();
    expect(kids).toEqual(expect.arrayContaining([oldKid, rotated.kid]));

    // The old key stays published until after the last token it signed has expired.
    const retireAfter = await withAdmin(async (c) => (await c.query('SELECT retire_after FROM identity.signing_key WHERE kid = $1', [oldKid])).rows[0].retire_after as Date);
    expect(retireAfter.getTime() / 1000).toBeGreaterThan(jwtClaims(before.tokens.access_token).exp as number);
    // New sign-ins get the new key too.
    expect(jwtHeader((await signedIn('610111-O0008')).tokens.access_token).kid).toBe(rotated.kid);
  });
});
