import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';

interface ReferenceData {
  city: { code: string };
  tenants: Array<{ code: string; name: string; kind: string }>;
}

/** Seeds the 21 reference tenants. Idempotent. */
async function main() {
  const url = process.env.MIGRATION_DATABASE_URL;
  const file = process.env.REFERENCE_DATA;
  if (!url || !file) throw new Error('MIGRATION_DATABASE_URL and REFERENCE_DATA are required');
  const data = JSON.parse(readFileSync(file, 'utf8')) as ReferenceData;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const [index, tenant] of data.tenants.entries()) {
      await client.query(
        `INSERT INTO districts.district (id, city_id, name, kind, sort_order) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, sort_order = EXCLUDED.sort_order`,
        [tenant.code, data.city.code, tenant.name, tenant.kind, index + 1],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  process.stderr.write(`districts seed failed: ${error.message}\n`);
  process.exit(1);
});
