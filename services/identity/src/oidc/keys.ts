import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Pool } from 'pg';

/** LISTEN/NOTIFY channel: a key was added or retired; every provider process reloads its keys. */
export const KEYS_CHANNEL = 'identity_keys';

export interface KeySet {
  /** Private JWKs for oidc-provider: the signing key first; the others verify only (published). */
  signing: JWK[];
  /** The kid that signs now. */
  activeKid: string;
  cookieKeys: string[];
  /** When the next key becomes the signing key, if one is waiting. */
  nextActivation: Date | null;
}

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

/** The first start: a signing key and a cookie key, unless there are some (idempotent across replicas). */
export async function ensureKeys(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(7206105)');
    const { rows } = await client.query<{ use: string }>('SELECT DISTINCT use FROM identity.signing_key WHERE retire_after IS NULL');
    if (!rows.some((row) => row.use === 'sig')) {
      const jwk = await newSigningKey();
      await client.query("INSERT INTO identity.signing_key (kid, use, jwk) VALUES ($1, 'sig', $2)", [jwk.kid, jwk]);
    }
    if (!rows.some((row) => row.use === 'cookie')) {
      await client.query("INSERT INTO identity.signing_key (kid, use, jwk) VALUES ($1, 'cookie', $2)", [
        randomUUID(),
        { k: randomBytes(32).toString('base64url') },
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The keys in force now: the newest activated signing key signs; the rest are published until retired. */
export async function loadKeys(pool: Pool): Promise<KeySet> {
  const { rows } = await pool.query<{ kid: string; use: string; jwk: JWK; active: boolean; activates_at: Date }>(
    `SELECT kid, use, jwk, activates_at <= now() AS active, activates_at FROM identity.signing_key
      WHERE retire_after IS NULL OR retire_after > now() ORDER BY activates_at DESC, created_at DESC`,
  );
  const sig = rows.filter((row) => row.use === 'sig');
  const active = sig.find((row) => row.active);
  if (!active) throw new Error('No active signing key');
  const waiting = sig.filter((row) => !row.active).map((row) => row.activates_at);
  return {
    signing: [active.jwk, ...sig.filter((row) => row !== active).map((row) => ({ ...row.jwk, key_ops: ['verify'] }))],
    activeKid: active.kid,
    cookieKeys: rows.filter((row) => row.use === 'cookie').map((row) => row.jwk.k as string),
    nextActivation: waiting.length ? waiting.reduce((a, b) => (a < b ? a : b)) : null,
  };
}

/**
 * Rotation: a new key is published at once and starts signing after `activateInSeconds` (so every
 * verifier has had the chance to fetch it first); the keys it replaces keep being published for
 * `retireAfterSeconds` after that (longer than any token they signed lives). Nobody is signed out:
 * sessions and refresh tokens do not depend on the signing key.
 */
export async function rotateSigningKey(pool: Pool, { activateInSeconds, retireAfterSeconds }: { activateInSeconds: number; retireAfterSeconds: number }) {
  const jwk = await newSigningKey();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(7206105)');
    const { rows } = await client.query<{ activates_at: Date }>(
      "INSERT INTO identity.signing_key (kid, use, jwk, activates_at) VALUES ($1, 'sig', $2, now() + make_interval(secs => $3)) RETURNING activates_at",
      [jwk.kid, jwk, activateInSeconds],
    );
    await client.query(
      `UPDATE identity.signing_key SET retire_after = $2::timestamptz + make_interval(secs => $3)
        WHERE use = 'sig' AND kid <> $1 AND retire_after IS NULL`,
      [jwk.kid, rows[0].activates_at, retireAfterSeconds],
    );
    await client.query('SELECT pg_notify($1, $2)', [KEYS_CHANNEL, jwk.kid as string]);
    await client.query('COMMIT');
    return { kid: jwk.kid as string, activatesAt: rows[0].activates_at };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
