import { randomUUID } from 'node:crypto';
import { REQUIRED_CLAIMS, Role, type Caller, type ScopeClaim } from '@qinshang/auth';
import { once, operationFingerprint, type RequestDb } from '@qinshang/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { decodeCursor, encodeCursor, pageSize } from '@qinshang/subgraph';
import { REVOKE_ACCOUNT_SQL } from '../oidc/adapter';
import { ACCOUNT_COLUMNS, accountById, insertAccounts, recordAccountEvents, type AccountRow, type NewAccount } from './account.store';
import type { AccountConnection, AccountFilter, AccountWithCode, BulkAccountsPayload, CreateAccountInput } from './account.type';
import { oneTimeCode } from './passwords';
import { accountPermissions } from './permissions';
import { codeHash } from './sign-in';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SCOPE_INPUT: Record<ScopeClaim, keyof CreateAccountInput> = {
  districtId: 'districtId',
  officialId: 'officialId',
  departmentId: 'departmentId',
  enterpriseId: 'enterpriseId',
};

/** What the graph shows of an account (never its hash or codes). */
export function toAccount(row: AccountRow) {
  return {
    ...row,
    role: row.role as never,
    status: row.status as never,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null,
    hasPassword: row.passwordHash !== null,
  };
}

/**
 * Account administration. Permissions are checked here; row-level security (a district office's
 * transaction sees its own tenant's accounts only) backs them at the database.
 */
export class AccountService {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
    private readonly resetCodeTtlSeconds: number,
  ) {}

  async me() {
    const row = await accountById(this.db, this.caller.sub);
    return row ? toAccount(row) : null;
  }

  async list(filter: AccountFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<AccountConnection> {
    accountPermissions.assertCan(this.caller, 'account.list');
    const size = pageSize(first);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter?.districtId) add('district_id = ?', filter.districtId);
    if (filter?.role) add('role = ?', filter.role);
    if (filter?.status) add('status = ?', filter.status);
    if (filter?.search) {
      params.push(filter.search.replace(/[%_\\]/g, '\\$&'));
      where.push(`(username ILIKE '%' || $${params.length} || '%' OR display_name ILIKE '%' || $${params.length} || '%')`);
    }
    const base = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await this.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM identity.account ${base}`, params);
    const pageParams = [...params];
    let pageWhere = base;
    if (after) {
      pageParams.push(decodeCursor(after));
      pageWhere = `${base ? `${base} AND` : 'WHERE'} lower(username) > $${pageParams.length}`;
    }
    pageParams.push(size + 1);
    const rows = await this.db.query<AccountRow>(
      `SELECT ${ACCOUNT_COLUMNS} FROM identity.account ${pageWhere} ORDER BY lower(username) LIMIT $${pageParams.length}`,
      pageParams,
    );
    const page = rows.slice(0, size);
    const edges = page.map((row) => ({ cursor: encodeCursor(row.username.toLowerCase()), node: toAccount(row) }));
    return { totalCount: count, edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } } as never;
  }

  /**
   * Creates an account once per idempotency key. A retry with the key gets the same account; as
   * the first code was shown once and is kept only as a hash, the retry carries a new code (the
   * first stops working), while nobody has set a password with it yet.
   */
  async create(input: CreateAccountInput): Promise<AccountWithCode> {
    accountPermissions.assertCan(this.caller, 'account.create');
    let made: AccountWithCode | null = null;
    const { id } = await once(this.db, 'identity', { key: input.idempotencyKey, operation: operationFingerprint('createAccount', input) }, async () => {
      made = await this.createNew(input);
      return made.account.id;
    });
    if (made) return made;
    const row = await accountById(this.db, id, { lock: true });
    if (!row) throw new NotFoundError('Account', id);
    if (row.passwordHash !== null) {
      throw new ConflictError('This account was created by the first request with this key, and its person has set a password since', {
        reason: 'ALREADY_ACTIVATED',
        field: 'input.idempotencyKey',
      });
    }
    const code = oneTimeCode();
    const expires = await this.setResetCode(row.id, code);
    await recordAccountEvents(this.db, 'account.password_reset', [row], this.caller.sub);
    return { account: toAccount(row) as never, oneTimeCode: code, oneTimeCodeExpiresAt: expires };
  }

  private async createNew(input: CreateAccountInput): Promise<AccountWithCode> {
    const account = this.validate(input);
    accountPermissions.assertCan(this.caller, 'account.create', account);
    await this.assertRecordsExist(account);
    const code = oneTimeCode();
    const [row] = await insertAccounts(this.db, [account]);
    if (!row) throw new ConflictError(`The username ${input.username} is taken`, { field: 'username' } as never);
    const expires = await this.setResetCode(row.id, code);
    await recordAccountEvents(this.db, 'account.created', [row], this.caller.sub);
    return { account: toAccount(row) as never, oneTimeCode: code, oneTimeCodeExpiresAt: expires };
  }

  /** Accounts for the officials on a tenant's list that have none (username = the official's id). */
  async createForOfficials(districtId: string): Promise<BulkAccountsPayload> {
    accountPermissions.assertCan(this.caller, 'account.createForOfficials', { role: Role.OFFICIAL, districtId });
    const officials = await this.db.query<{ officialId: string; name: string }>(
      `SELECT DISTINCT ON (payload->>'officialId') payload->>'officialId' AS "officialId", payload->>'name' AS name
         FROM eventlog.event WHERE type = 'official.added' AND district_id = $1 ORDER BY payload->>'officialId', position DESC`,
      [districtId],
    );
    const existing = new Set(
      (await this.db.query<{ officialId: string }>(`SELECT official_id AS "officialId" FROM identity.account WHERE district_id = $1 AND official_id IS NOT NULL`, [districtId])).map(
        (r) => r.officialId,
      ),
    );
    const wanted: NewAccount[] = officials
      .filter((o) => !existing.has(o.officialId))
      .map((o) => ({
        id: randomUUID(),
        username: o.officialId,
        displayName: o.name,
        role: Role.OFFICIAL,
        districtId,
        officialId: o.officialId,
        departmentId: null,
        enterpriseId: null,
        email: null,
        passwordHash: null,
      }));
    const rows = await insertAccounts(this.db, wanted);
    const created: AccountWithCode[] = [];
    for (const row of rows) {
      const code = oneTimeCode();
      created.push({ account: toAccount(row) as never, oneTimeCode: code, oneTimeCodeExpiresAt: await this.setResetCode(row.id, code) });
    }
    await recordAccountEvents(this.db, 'account.created', rows, this.caller.sub);
    return { created, existing: officials.length - wanted.length + (wanted.length - rows.length) };
  }

  async disable(id: string) {
    const row = await this.managed(id);
    if (row.id === this.caller.sub) throw new ConflictError('You cannot disable your own account');
    if (row.status === 'DISABLED') return toAccount(row);
    const [updated] = await this.db.query<AccountRow>(
      `UPDATE identity.account SET status = 'DISABLED', updated_at = now(), version = version + 1 WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
      [id],
    );
    // Sessions, grants and refresh tokens go at once; a signed access token dies with its short lifetime.
    await this.db.query(REVOKE_ACCOUNT_SQL, [id]);
    await recordAccountEvents(this.db, 'account.disabled', [updated], this.caller.sub);
    return toAccount(updated);
  }

  async enable(id: string) {
    const row = await this.managed(id);
    if (row.status === 'ACTIVE' && !row.lockedUntil) return toAccount(row);
    const [updated] = await this.db.query<AccountRow>(
      `UPDATE identity.account SET status = 'ACTIVE', failed_attempts = 0, locked_until = NULL, updated_at = now(), version = version + 1
        WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
      [id],
    );
    await recordAccountEvents(this.db, 'account.enabled', [updated], this.caller.sub);
    return toAccount(updated);
  }

  /** A one-time code for the person to set a new password; the old password stops working now. */
  async resetPassword(id: string): Promise<AccountWithCode> {
    const row = await this.managed(id);
    const code = oneTimeCode();
    await this.db.query('UPDATE identity.account SET password_hash = NULL, updated_at = now(), version = version + 1 WHERE id = $1', [id]);
    await this.db.query(REVOKE_ACCOUNT_SQL, [id]);
    const expires = await this.setResetCode(id, code);
    const updated = (await accountById(this.db, id))!;
    await recordAccountEvents(this.db, 'account.password_reset', [updated], this.caller.sub);
    return { account: toAccount(updated) as never, oneTimeCode: code, oneTimeCodeExpiresAt: expires };
  }

  private async managed(id: string): Promise<AccountRow> {
    accountPermissions.assertCan(this.caller, 'account.manage');
    const row = await accountById(this.db, id, { lock: true });
    // Another tenant's account is invisible (row-level security): not found, not forbidden.
    if (!row) throw new NotFoundError('Account', id);
    accountPermissions.assertCan(this.caller, 'account.manage', row);
    return row;
  }

  private async setResetCode(id: string, code: string): Promise<Date> {
    const [row] = await this.db.query<{ expires: Date }>(
      `UPDATE identity.account SET reset_code_hash = $2, reset_code_expires_at = now() + make_interval(secs => $3::int) WHERE id = $1 RETURNING reset_code_expires_at AS expires`,
      [id, codeHash(code), this.resetCodeTtlSeconds],
    );
    return row.expires;
  }

  private validate(input: CreateAccountInput): NewAccount {
    const username = input.username.trim();
    if (!USERNAME.test(username)) throw new BadUserInputError('username', 'A username has 3 to 64 letters, digits, ".", "_" or "-"');
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 100) throw new BadUserInputError('displayName', 'A display name has 1 to 100 characters');
    const email = input.email?.trim() || null;
    if (email && !EMAIL.test(email)) throw new BadUserInputError('email', 'Not an e-mail address');
    const role = input.role as unknown as Role;
    const districtId = input.districtId ?? (this.caller.role === Role.DISTRICT_ADMIN && role !== Role.CITY_ADMIN && role !== Role.INSPECTOR ? this.caller.districtId! : null);
    const values = { ...input, districtId } as Record<string, string | null | undefined>;
    for (const claim of REQUIRED_CLAIMS[role]) {
      if (!values[SCOPE_INPUT[claim]]) throw new BadUserInputError(SCOPE_INPUT[claim], `A ${role} account needs ${claim}`);
    }
    if ((role === Role.CITY_ADMIN || role === Role.INSPECTOR) && districtId) throw new BadUserInputError('districtId', `A ${role} account belongs to no tenant`);
    if (input.staff && role !== Role.DEPARTMENT) throw new BadUserInputError('staff', 'Only a DEPARTMENT account is a person of a department');
    return {
      id: randomUUID(),
      username,
      displayName,
      role,
      districtId,
      officialId: role === Role.OFFICIAL ? input.officialId! : null,
      departmentId: role === Role.DEPARTMENT ? input.departmentId! : null,
      enterpriseId: role === Role.ENTERPRISE ? input.enterpriseId! : null,
      staff: role === Role.DEPARTMENT && Boolean(input.staff),
      email,
      passwordHash: null,
    };
  }

  /** The record an account acts for must be on the log (in the account's tenant). */
  private async assertRecordsExist(account: NewAccount): Promise<void> {
    const checks: Array<[string, string, string | null, string]> = [];
    if (account.officialId) checks.push(['official.added', 'officialId', account.officialId, 'officialId']);
    if (account.enterpriseId) checks.push(['enterprise.added', 'enterpriseId', account.enterpriseId, 'enterpriseId']);
    if (account.departmentId) checks.push(['department.registered', 'departmentId', account.departmentId, 'departmentId']);
    for (const [type, key, id, field] of checks) {
      const rows = await this.db.query(
        `SELECT 1 FROM eventlog.event WHERE type = $1 AND payload->>$2 = $3 AND district_id IS NOT DISTINCT FROM $4 LIMIT 1`,
        [type, key, id, account.districtId],
      );
      if (rows.length === 0) throw new BadUserInputError(field, `No ${key.replace('Id', '')} ${id} in this tenant`);
    }
  }
}
