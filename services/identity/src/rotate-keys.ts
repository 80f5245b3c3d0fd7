import { loadConfigOrExit, postgresUrl } from '@qinshang/config';
import { Pool } from 'pg';
import { identityShape } from './config';
import { rotateSigningKey } from './oidc/keys';
import { retireAfter } from './oidc/server';

/**
 * `npm run -w services/identity rotate-keys [-- --activate-in SECONDS]`: a new signing key,
 * published at once and signing after KEY_PUBLISH_AHEAD_SECONDS (or --activate-in); every running
 * provider picks it up (NOTIFY). Tokens signed with the old key verify until they expire.
 */
async function main() {
  const config = loadConfigOrExit({ ...identityShape, APP_DATABASE_URL: postgresUrl });
  const flag = process.argv.indexOf('--activate-in');
  const activateIn = flag > 0 ? Number(process.argv[flag + 1]) : config.KEY_PUBLISH_AHEAD_SECONDS;
  if (!Number.isInteger(activateIn) || activateIn < 0) throw new Error('--activate-in must be a whole number of seconds');
  const pool = new Pool({ connectionString: config.APP_DATABASE_URL, max: 1 });
  try {
    const rotated = await rotateSigningKey(pool, { activateInSeconds: activateIn, retireAfterSeconds: retireAfter(config) });
    process.stdout.write(`${JSON.stringify({ kid: rotated.kid, activatesAt: rotated.activatesAt })}\n`);
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  process.stderr.write(`rotate-keys: ${(error as Error).message}\n`);
  process.exit(1);
});
