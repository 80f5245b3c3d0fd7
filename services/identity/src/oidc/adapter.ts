import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Pool } from 'pg';

/**
 * oidc-provider's storage in PostgreSQL (`identity.oidc_payload`): sessions, grants, codes,
 * refresh tokens, interactions, one row per model and id. JWT access tokens are not stored.
 * `account_id` is kept beside the payload so disabling an account can drop all of its rows at once.
 */
export class PgAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly pool: Pool,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO identity.oidc_payload (model, id, payload, grant_id, uid, user_code, account_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8::int IS NULL THEN NULL ELSE now() + make_interval(secs => $8::int) END)
       ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id, uid = excluded.uid,
         user_code = excluded.user_code, account_id = excluded.account_id, expires_at = excluded.expires_at`,
      [this.model, id, payload, payload.grantId ?? null, payload.uid ?? null, payload.userCode ?? null, payload.accountId ?? null, expiresIn ?? null],
    );
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('id = $2', id);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('uid = $2', uid);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('user_code = $2', userCode);
  }

  async consume(id: string): Promise<void> {
    await this.pool.query('UPDATE identity.oidc_payload SET consumed_at = now() WHERE model = $1 AND id = $2', [this.model, id]);
  }

  async destroy(id: string): Promise<void> {
    await this.pool.query('DELETE FROM identity.oidc_payload WHERE model = $1 AND id = $2', [this.model, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.pool.query('DELETE FROM identity.oidc_payload WHERE model = $1 AND grant_id = $2', [this.model, grantId]);
  }

  private async findWhere(condition: string, value: string): Promise<AdapterPayload | undefined> {
    const { rows } = await this.pool.query<{ payload: AdapterPayload; consumed: number | null }>(
      `SELECT payload, extract(epoch FROM consumed_at)::int AS consumed FROM identity.oidc_payload
        WHERE model = $1 AND ${condition} AND (expires_at IS NULL OR expires_at > now())`,
      [this.model, value],
    );
    const row = rows[0];
    if (!row) return undefined;
    return row.consumed ? { ...row.payload, consumed: row.consumed } : row.payload;
  }
}

/** Forgets what has expired (a day late, so a just-expired token still reads as expired, not unknown). */
export async function pruneExpired(pool: Pool): Promise<number> {
  const result = await pool.query("DELETE FROM identity.oidc_payload WHERE expires_at < now() - interval '1 day'");
  return result.rowCount ?? 0;
}

/** Drops every session, grant, code and refresh token of an account (disabling signs it out at once). */
export const REVOKE_ACCOUNT_SQL = 'DELETE FROM identity.oidc_payload WHERE account_id = $1';
