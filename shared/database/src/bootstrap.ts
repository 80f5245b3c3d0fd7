import { Client } from 'pg';

/** The role every service logs in as. It owns no table, so row-level security always applies. */
export const APP_ROLE = 'qinshang_app';

/**
 * Cluster- and database-level set-up that comes before any service's migrations: the
 * application role, and the `tenancy` functions every row-level-security policy calls.
 * Idempotent; run by the platform's start and test commands with the admin connection.
 */
export async function bootstrapDatabase(adminUrl: string, appPassword: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Roles are cluster-wide and CREATE ROLE has no IF NOT EXISTS; two databases on one server
    // may bootstrap at once, so serialise on a cluster-wide advisory lock.
    await client.query('SELECT pg_advisory_lock(7206101)');
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const password = escapeLiteral(appPassword);
    if (exists.rowCount === 0) {
      await client.query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${password}`);
    } else {
      await client.query(`ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${password}`);
    }
    const database = (await client.query('SELECT current_database() AS name')).rows[0].name as string;
    await client.query(`GRANT CONNECT ON DATABASE "${database.replace(/"/g, '""')}" TO ${APP_ROLE}`);
    await client.query(TENANCY_SQL);
    await client.query('SELECT pg_advisory_unlock(7206101)');
  } finally {
    await client.end();
  }
}

function escapeLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The functions the policies call. A transaction with no settings has scope `none` and sees
 * nothing: forgetting the tenant hides rows rather than exposing them.
 */
export const TENANCY_SQL = `
CREATE SCHEMA IF NOT EXISTS tenancy;
GRANT USAGE ON SCHEMA tenancy TO ${APP_ROLE};

CREATE OR REPLACE FUNCTION tenancy.scope() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('qinshang.scope', true), ''), 'none') $$;

CREATE OR REPLACE FUNCTION tenancy.district_id() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('qinshang.district_id', true), '') $$;

CREATE OR REPLACE FUNCTION tenancy.department_id() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('qinshang.department_id', true), '') $$;

CREATE OR REPLACE FUNCTION tenancy.actor() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('qinshang.actor', true), ''), 'unknown') $$;

-- May the current transaction read rows of this tenant? A missing or empty setting never means
-- "every tenant": a tenant scope without a district reads nothing, and a department reads no
-- tenant's rows through this function at all (each service opens to a department exactly what
-- its assignments concern, by its own policies, keyed on the department's own record).
CREATE OR REPLACE FUNCTION tenancy.can_read(district text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT CASE tenancy.scope()
     WHEN 'city' THEN true
     WHEN 'city_read' THEN true
     WHEN 'tenant' THEN coalesce(district = tenancy.district_id(), false)
     ELSE false END $$;

-- May the current transaction write rows of this tenant?
CREATE OR REPLACE FUNCTION tenancy.can_write(district text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT CASE tenancy.scope()
     WHEN 'city' THEN true
     WHEN 'tenant' THEN coalesce(district = tenancy.district_id(), false)
     ELSE false END $$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA tenancy TO ${APP_ROLE};
`;

/**
 * SQL a migration runs for each tenant-scoped table: row-level security on, with a read policy
 * and a write policy for the application role, keyed on the tenant. (The owner, which only
 * migrates and seeds, is not subject to them.)
 */
export function tenantPoliciesSql(table: string, column = 'district_id'): string {
  return `
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON ${table} FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(${column}));
CREATE POLICY tenant_insert ON ${table} FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.can_write(${column}));
CREATE POLICY tenant_update ON ${table} FOR UPDATE TO ${APP_ROLE} USING (tenancy.can_write(${column})) WITH CHECK (tenancy.can_write(${column}));
CREATE POLICY tenant_delete ON ${table} FOR DELETE TO ${APP_ROLE} USING (tenancy.can_write(${column}));
`;
}

/** Grants the application role what it needs on a service schema (no ownership, no DDL). */
export function appGrantsSql(schema: string, { readOnlyTables = [] as string[] } = {}): string {
  return `
GRANT USAGE ON SCHEMA ${schema} TO ${APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${APP_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${APP_ROLE};
${readOnlyTables.map((t) => `REVOKE INSERT, UPDATE, DELETE ON ${t} FROM ${APP_ROLE};`).join('\n')}
`;
}
