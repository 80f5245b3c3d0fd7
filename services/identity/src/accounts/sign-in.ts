import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { accountByUsername, recordAccountEvents, type AccountRow } from './account.store';
import { lockSeconds, type LockoutPolicy } from './lockout';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { inSystemTransaction } from './system-tx';

export interface SignInPolicy {
  account: LockoutPolicy;
  address: LockoutPolicy & { windowSeconds: number };
}

export type SignInResult =
  | { ok: true; account: AccountRow }
  | { ok: false; reason: 'INVALID' | 'DISABLED' | 'NO_PASSWORD' }
  | { ok: false; reason: 'LOCKED'; until: Date };

/**
 * Checks a username and password. A locked account or address is refused without looking at the
 * password; a wrong password counts against both. A disabled account is reported only to someone
 * who knew its password (no one learns which usernames exist from this).
 */
export async function signIn(pool: Pool, policy: SignInPolicy, input: { username: string; password: string; address: string }): Promise<SignInResult> {
  return inSystemTransaction(pool, input.username || 'anonymous', async (client) => {
    const address = (
      await client.query<{ locked_until: Date | null }>('SELECT locked_until FROM identity.address_failure WHERE address = $1 FOR UPDATE', [input.address])
    ).rows[0];
    if (address?.locked_until && address.locked_until > new Date()) return { ok: false, reason: 'LOCKED', until: address.locked_until };

    const account = input.username ? await accountByUsername(client, input.username, { lock: true }) : null;
    if (account?.lockedUntil && account.lockedUntil > new Date()) return { ok: false, reason: 'LOCKED', until: account.lockedUntil };

    const correct = await verifyPassword(input.password, account?.passwordHash ?? null);
    if (correct && account) {
      if (account.status === 'DISABLED') return { ok: false, reason: 'DISABLED' };
      await client.query('UPDATE identity.account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = now() WHERE id = $1', [account.id]);
      return { ok: true, account: { ...account, lastSignInAt: new Date() } };
    }

    const addressLockedUntil = await countAddressFailure(client, input.address, policy.address);
    if (account) {
      const failures = account.failedAttempts + 1;
      const seconds = lockSeconds(failures, policy.account);
      const { rows } = await client.query<{ locked_until: Date | null }>(
        `UPDATE identity.account SET failed_attempts = $2,
                locked_until = CASE WHEN $3::int > 0 THEN now() + make_interval(secs => $3::int) ELSE locked_until END
          WHERE id = $1 RETURNING locked_until`,
        [account.id, failures, seconds],
      );
      if (seconds > 0) {
        await recordAccountEvents(client, 'account.locked', [account], 'system', { status: 'LOCKED' });
        return { ok: false, reason: 'LOCKED', until: rows[0].locked_until! };
      }
    }
    if (addressLockedUntil) return { ok: false, reason: 'LOCKED', until: addressLockedUntil };
    return { ok: false, reason: account && !account.passwordHash ? 'NO_PASSWORD' : 'INVALID' };
  });
}

/** Counts a failure against the address; returns until when it is now locked, if it is. */
async function countAddressFailure(client: { query: Pool['query'] }, address: string, policy: SignInPolicy['address']): Promise<Date | null> {
  const { rows } = await client.query<{ failures: number }>(
    // A quiet window (no failure in it, and no lock ending in it) forgets the address's failures.
    `INSERT INTO identity.address_failure AS f (address, failures, window_started_at) VALUES ($1, 1, now())
     ON CONFLICT (address) DO UPDATE SET
       failures = CASE WHEN f.window_started_at < now() - make_interval(secs => $2::int)
                        AND coalesce(f.locked_until, '-infinity') < now() - make_interval(secs => $2::int) THEN 1 ELSE f.failures + 1 END,
       window_started_at = now()
     RETURNING failures`,
    [address, policy.windowSeconds],
  );
  const seconds = lockSeconds(rows[0].failures, policy);
  if (seconds === 0) return null;
  const locked = await client.query<{ until: Date }>(
    'UPDATE identity.address_failure SET locked_until = now() + make_interval(secs => $2::int) WHERE address = $1 RETURNING locked_until AS until',
    [address, seconds],
  );
  return locked.rows[0].until;
}

export function codeHash(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('base64url');
}

export type SetPasswordResult = { ok: true; account: AccountRow } | { ok: false; reason: 'INVALID' | 'POLICY' | 'LOCKED'; message?: string };

/**
 * Sets a person's own password with the one-time code an office gave them. A wrong code counts
 * as a failed sign-in; the code works once and only until it expires.
 */
export async function setPasswordWithCode(
  pool: Pool,
  policy: SignInPolicy,
  input: { username: string; code: string; password: string; address: string },
): Promise<SetPasswordResult> {
  const problem = passwordProblem(input.password, input.username);
  if (problem) return { ok: false, reason: 'POLICY', message: problem };
  const hash = await hashPassword(input.password);
  return inSystemTransaction(pool, input.username || 'anonymous', async (client) => {
    const address = (await client.query<{ locked_until: Date | null }>('SELECT locked_until FROM identity.address_failure WHERE address = $1', [input.address])).rows[0];
    if (address?.locked_until && address.locked_until > new Date()) return { ok: false, reason: 'LOCKED' };
    const account = await accountByUsername(client, input.username, { lock: true });
    const valid =
      account &&
      account.status === 'ACTIVE' &&
      account.resetCodeHash === codeHash(input.code) &&
      account.resetCodeExpiresAt &&
      account.resetCodeExpiresAt > new Date();
    if (!valid) {
      await countAddressFailure(client, input.address, policy.address);
      return { ok: false, reason: 'INVALID' };
    }
    await client.query(
      `UPDATE identity.account SET password_hash = $2, password_changed_at = now(), reset_code_hash = NULL, reset_code_expires_at = NULL,
              failed_attempts = 0, locked_until = NULL, last_sign_in_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`,
      [account.id, hash],
    );
    await recordAccountEvents(client, 'account.updated', [account], account.username, { changed: ['password'] });
    return { ok: true, account };
  });
}
