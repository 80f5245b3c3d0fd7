import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';

interface ReferenceData {
  city: { code: string; name: string; nameEn: string };
  campaign: { name: string; nameEn: string; mobilizedOn: string; rules: { minServiceVisitsPerMonth: number } };
}

/** Seeds the city and its campaign from the reference data. Idempotent. */
async function main() {
  const url = process.env.MIGRATION_DATABASE_URL;
  const file = process.env.REFERENCE_DATA;
  if (!url || !file) throw new Error('MIGRATION_DATABASE_URL and REFERENCE_DATA are required');
  const data = JSON.parse(readFileSync(file, 'utf8')) as ReferenceData;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO city.city (id, name, name_en) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en`,
      [data.city.code, data.city.name, data.city.nameEn],
    );
    await client.query(
      `INSERT INTO city.campaign (id, city_id, name, name_en, mobilized_on, min_visits_per_month)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en,
         mobilized_on = EXCLUDED.mobilized_on, min_visits_per_month = EXCLUDED.min_visits_per_month`,
      [`${data.city.code}-${data.campaign.mobilizedOn.slice(0, 4)}`, data.city.code, data.campaign.name, data.campaign.nameEn, data.campaign.mobilizedOn, data.campaign.rules.minServiceVisitsPerMonth],
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  process.stderr.write(`city seed failed: ${error.message}\n`);
  process.exit(1);
});
