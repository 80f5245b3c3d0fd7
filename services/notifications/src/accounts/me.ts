import { REQUIRED_CLAIMS, type Caller } from '@qinshang/auth';
import { rowsOf, type SqlRunner } from '@qinshang/eventlog';

export interface AccountRow {
  account_id: string;
  username: string;
  role: string;
  district_id: string | null;
  official_id: string | null;
  department_id: string | null;
  enterprise_id: string | null;
  email: string | null;
  status: string;
}

const COLUMN: Record<string, keyof AccountRow> = {
  districtId: 'district_id',
  officialId: 'official_id',
  departmentId: 'department_id',
  enterpriseId: 'enterprise_id',
};

/**
 * The caller's account, as projected from the identity provider's events: the token's `sub` is
 * the account id. Null unless the account is active and the token's role and scope claims are the
 * account's own (a token for another role never opens this account's inbox).
 */
export async function myAccount(db: SqlRunner, caller: Caller): Promise<AccountRow | null> {
  const [row] = await rowsOf<AccountRow>(db, 'SELECT * FROM notifications.account WHERE account_id = $1', [caller.sub]);
  if (!row || row.status !== 'ACTIVE' || row.role !== caller.role) return null;
  for (const claim of REQUIRED_CLAIMS[caller.role]) {
    if ((row[COLUMN[claim]] ?? null) !== (caller[claim] ?? null)) return null;
  }
  return row;
}
