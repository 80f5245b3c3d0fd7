import { appendEvents, type EventType, type SqlRunner, rowsOf } from '@qinshang/eventlog';
import type { AccountRecorded } from '@qinshang/eventlog';

export const ACCOUNT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** An account as stored (the hash and codes never leave this service). */
export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: string;
  districtId: string | null;
  officialId: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
  /** A DEPARTMENT account that is one person of the department (a responsible person), not its office's. */
  staff: boolean;
  email: string | null;
  status: AccountStatus;
  passwordHash: string | null;
  resetCodeHash: string | null;
  resetCodeExpiresAt: Date | null;
  failedAttempts: number;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export const ACCOUNT_COLUMNS = `id, username, display_name AS "displayName", role, district_id AS "districtId",
  official_id AS "officialId", department_id AS "departmentId", enterprise_id AS "enterpriseId", staff, email, status,
  password_hash AS "passwordHash", reset_code_hash AS "resetCodeHash", reset_code_expires_at AS "resetCodeExpiresAt",
  failed_attempts AS "failedAttempts", locked_until AS "lockedUntil", last_sign_in_at AS "lastSignInAt",
  created_at AS "createdAt", updated_at AS "updatedAt", version`;

export async function accountById(runner: SqlRunner, id: string, { lock = false } = {}): Promise<AccountRow | null> {
  const [row] = await rowsOf<AccountRow>(runner, `SELECT ${ACCOUNT_COLUMNS} FROM identity.account WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row ?? null;
}

export async function accountByUsername(runner: SqlRunner, username: string, { lock = false } = {}): Promise<AccountRow | null> {
  const [row] = await rowsOf<AccountRow>(
    runner,
    `SELECT ${ACCOUNT_COLUMNS} FROM identity.account WHERE lower(username) = lower($1)${lock ? ' FOR UPDATE' : ''}`,
    [username],
  );
  return row ?? null;
}

export type NewAccount = Pick<AccountRow, 'id' | 'username' | 'displayName' | 'role' | 'districtId' | 'officialId' | 'departmentId' | 'enterpriseId' | 'email'> & {
  passwordHash: string | null;
  staff?: boolean;
};

/** Inserts accounts; those whose username exists already are skipped. Returns the ones inserted. */
export async function insertAccounts(runner: SqlRunner, accounts: NewAccount[]): Promise<AccountRow[]> {
  if (accounts.length === 0) return [];
  return rowsOf<AccountRow>(
    runner,
    `INSERT INTO identity.account (id, username, display_name, role, district_id, official_id, department_id, enterprise_id, staff, email, password_hash, password_changed_at)
     SELECT a.id, a.username, a."displayName", a.role, a."districtId", a."officialId", a."departmentId", a."enterpriseId", coalesce(a.staff, false), a.email, a."passwordHash",
            CASE WHEN a."passwordHash" IS NULL THEN NULL ELSE now() END
       FROM jsonb_to_recordset($1::jsonb) AS a(id text, username text, "displayName" text, role text, "districtId" text, "officialId" text,
            "departmentId" text, "enterpriseId" text, staff boolean, email text, "passwordHash" text)
     ON CONFLICT DO NOTHING
     RETURNING ${ACCOUNT_COLUMNS}`,
    [JSON.stringify(accounts)],
  );
}

export function accountPayload(account: AccountRow, actor: string, extra: { status?: AccountRecorded['status']; changed?: string[] } = {}): AccountRecorded {
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    districtId: account.districtId,
    officialId: account.officialId,
    departmentId: account.departmentId,
    enterpriseId: account.enterpriseId,
    ...(account.staff ? { staff: true } : {}),
    email: account.email,
    status: extra.status ?? account.status,
    actor,
    ...(extra.changed ? { changed: extra.changed } : {}),
  };
}

type AccountEventType = Extract<EventType, `account.${string}`>;

/** One event per account, in the change's own transaction (call it as the change's last write). */
export async function recordAccountEvents(
  runner: SqlRunner,
  type: AccountEventType,
  accounts: AccountRow[],
  actor: string,
  extra: { status?: AccountRecorded['status']; changed?: string[] } = {},
): Promise<void> {
  await appendEvents(
    runner,
    'identity',
    accounts.map((account) => ({
      type,
      streamType: 'account',
      streamId: account.id,
      districtId: account.districtId,
      payload: accountPayload(account, actor, extra),
      actor,
    })),
  );
}
