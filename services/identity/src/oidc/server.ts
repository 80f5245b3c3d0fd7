import { createServer, type Server } from 'node:http';
import type Provider from 'oidc-provider';
import { Client, type Pool } from 'pg';
import type { Logger } from '@qinshang/logging';
import type { SignInPolicy } from '../accounts/sign-in';
import { issuerOf, type IdentityConfig } from '../config';
import { pruneExpired } from './adapter';
import { handleInteraction } from './interactions';
import { ensureKeys, KEYS_CHANNEL, loadKeys, rotateSigningKey, type KeySet } from './keys';
import { buildProvider } from './provider';

export interface RunningProvider {
  issuer: string;
  stop: () => Promise<void>;
}

/**
 * The OpenID provider's HTTP server: the sign-in screens, then oidc-provider for everything else
 * (discovery, authorization, token, JWKS, userinfo, end-session, revocation). The provider is
 * rebuilt whenever the key set changes (a rotation here or in another replica: NOTIFY), so a new
 * key publishes and later signs without a restart.
 */
export async function startProvider(options: { config: IdentityConfig; pool: Pool; databaseUrl: string; logger: Logger }): Promise<RunningProvider> {
  const { config, pool, logger } = options;
  const issuer = issuerOf(config);
  const policy: SignInPolicy = {
    account: { threshold: config.LOCKOUT_THRESHOLD, baseSeconds: config.LOCKOUT_SECONDS, maxSeconds: config.LOCKOUT_MAX_SECONDS },
    address: { threshold: config.ADDRESS_LOCKOUT_THRESHOLD, baseSeconds: config.LOCKOUT_SECONDS, maxSeconds: config.LOCKOUT_MAX_SECONDS, windowSeconds: config.ADDRESS_WINDOW_SECONDS },
  };
  await ensureKeys(pool);
  let keys: KeySet = await loadKeys(pool);
  let provider: Provider = build(keys);
  let handler = provider.callback();
  let activationTimer: NodeJS.Timeout | null = null;

  function build(set: KeySet): Provider {
    const built = buildProvider({ issuer, config, pool, keys: set });
    built.on('server_error', (_ctx, error) => logger.error({ err: error }, 'identity provider error'));
    return built;
  }

  const reload = async (why: string) => {
    const next = await loadKeys(pool);
    const changed = next.signing.map((k) => `${k.kid}:${k.key_ops ?? ''}`).join() !== keys.signing.map((k) => `${k.kid}:${k.key_ops ?? ''}`).join();
    if (changed) {
      keys = next;
      provider = build(next);
      handler = provider.callback();
      logger.info({ activeKid: next.activeKid, published: next.signing.length, why }, 'signing keys reloaded');
    }
    if (activationTimer) clearTimeout(activationTimer);
    activationTimer = null;
    if (next.nextActivation) {
      const wait = Math.max(0, next.nextActivation.getTime() - Date.now()) + 50;
      activationTimer = setTimeout(() => void reload('activation').catch((error) => logger.error({ err: error }, 'key reload failed')), Math.min(wait, 2 ** 31 - 1));
      activationTimer.unref();
    }
  };
  await reload('start');

  // Other replicas (and the rotate-keys command) announce key changes. A lost connection (a
  // database restart) listens again after a second, and reloads for what it may have missed.
  let listener: Client | null = null;
  let closing = false;
  const listenAgain = () => {
    if (closing) return;
    setTimeout(() => {
      listen()
        .then(() => reload('relistened'))
        .catch((error) => {
          logger.warn({ err: error }, 'key listener could not listen; trying again in 1 s');
          listenAgain();
        });
    }, 1000).unref();
  };
  const listen = async (): Promise<void> => {
    const client = new Client({ connectionString: options.databaseUrl, application_name: 'qinshang-identity-keys' });
    let lost = false;
    const onLost = (error: unknown) => {
      if (lost || closing) return;
      lost = true;
      if (listener === client) listener = null;
      logger.warn({ err: error }, 'key listener lost; listening again in 1 s');
      void client.end().catch(() => undefined);
      listenAgain();
    };
    client.on('error', onLost);
    client.on('notification', () => void reload('notified').catch((error) => logger.error({ err: error }, 'key reload failed')));
    try {
      await client.connect();
      await client.query(`LISTEN ${KEYS_CHANNEL}`);
    } catch (error) {
      lost = true;
      void client.end().catch(() => undefined);
      throw error;
    }
    client.on('end', () => onLost(new Error('the key listener connection ended')));
    listener = client;
  };
  await listen();

  // Housekeeping: scheduled rotation, expired rows, and a periodic reload in case a NOTIFY was missed.
  const housekeeping = setInterval(() => {
    void (async () => {
      const { rows } = await pool.query<{ due: boolean }>(
        "SELECT max(activates_at) < now() - make_interval(secs => $1) AS due FROM identity.signing_key WHERE use = 'sig'",
        [config.KEY_ROTATION_SECONDS],
      );
      if (rows[0]?.due) {
        const rotated = await rotateSigningKey(pool, { activateInSeconds: config.KEY_PUBLISH_AHEAD_SECONDS, retireAfterSeconds: retireAfter(config) });
        logger.info({ kid: rotated.kid, activatesAt: rotated.activatesAt }, 'signing key rotated (scheduled)');
      }
      await pruneExpired(pool);
      await reload('periodic');
    })().catch((error) => logger.error({ err: error }, 'identity housekeeping failed'));
  }, 60_000);
  housekeeping.unref();

  const server: Server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    handleInteraction(req, res, { provider: () => provider, pool, policy, trustProxy: config.IDENTITY_TRUST_PROXY })
      .then((handled) => {
        if (!handled) return handler(req, res);
      })
      .catch((error) => {
        logger.error({ err: error }, 'sign-in screen failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal error');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.IDENTITY_PORT, config.IDENTITY_HOST, () => resolve());
  });
  logger.info({ issuer, port: config.IDENTITY_PORT }, 'identity provider listening');

  return {
    issuer,
    stop: async () => {
      clearInterval(housekeeping);
      if (activationTimer) clearTimeout(activationTimer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      closing = true;
      await listener?.end().catch(() => undefined);
    },
  };
}

/** How long a replaced key stays published after its successor starts signing: its last tokens' lifetime and a margin. */
export function retireAfter(config: IdentityConfig): number {
  return Math.max(config.ACCESS_TOKEN_TTL, config.ID_TOKEN_TTL) + 300;
}
