import 'reflect-metadata';
import { runSeed } from '@qinshang/database';
import type { Client } from 'pg';
import { generateOrganisation, type GeneratedOrganisation, type ReferenceTenant } from './reference/organisation';

interface ReferenceData {
  city: { code: string };
  campaign: { mobilizedOn: string };
  tenants: Array<ReferenceTenant & { kind: string }>;
}

/**
 * Seeds the 21 reference tenants, then each tenant's generated enterprises, officials and
 * pairings (marked `generated`). Idempotent: tenants are updated in place, generated rows are
 * inserted once and never overwritten (ON CONFLICT DO NOTHING), so edits made since survive.
 */
runSeed<ReferenceData>('districts', async (client, data) => {
  for (const [index, tenant] of data.tenants.entries()) {
    await client.query(
      `INSERT INTO districts.district (id, city_id, name, kind, sort_order) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, sort_order = EXCLUDED.sort_order`,
      [tenant.code, data.city.code, tenant.name, tenant.kind, index + 1],
    );
  }
  // One stream of credit codes for the whole city, in the reference order: unique and repeatable.
  const usedCreditCodes = new Set<string>();
  for (const tenant of data.tenants) {
    const organisation = generateOrganisation(tenant, { cityCode: data.city.code, startedOn: data.campaign.mobilizedOn, usedCreditCodes });
    await insertOrganisation(client, organisation);
  }
});

/** Three statements per tenant, whatever its size (arrays unnested server-side). */
async function insertOrganisation(client: Client, { enterprises, officials, pairings }: GeneratedOrganisation) {
  const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);
  await client.query(
    `INSERT INTO districts.enterprise
       (id, district_id, name, credit_code, sector, source, above_scale, kind, contact_name, contact_phone, generated)
     SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[], $10::text[])
     ON CONFLICT DO NOTHING`,
    [
      column(enterprises, 'id'),
      column(enterprises, 'districtId'),
      column(enterprises, 'name'),
      column(enterprises, 'creditCode'),
      column(enterprises, 'sector'),
      column(enterprises, 'source'),
      column(enterprises, 'aboveScale'),
      column(enterprises, 'kind'),
      column(enterprises, 'contactName'),
      column(enterprises, 'contactPhone'),
    ],
  );
  await client.query(
    `INSERT INTO districts.official (id, district_id, name, title, department_name, generated)
     SELECT *, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT DO NOTHING`,
    [column(officials, 'id'), column(officials, 'districtId'), column(officials, 'name'), column(officials, 'title'), column(officials, 'departmentName')],
  );
  await client.query(
    `INSERT INTO districts.pairing (id, district_id, official_id, enterprise_id, started_on, reason)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])
     ON CONFLICT DO NOTHING`,
    [
      column(pairings, 'id'),
      column(pairings, 'districtId'),
      column(pairings, 'officialId'),
      column(pairings, 'enterpriseId'),
      column(pairings, 'startedOn'),
      column(pairings, 'reason'),
    ],
  );
}

