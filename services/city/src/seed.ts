import 'reflect-metadata';
import { runSeed } from '@qinshang/database';

interface ReferenceData {
  city: { code: string; name: string; nameEn: string };
  campaign: { name: string; nameEn: string; mobilizedOn: string; rules: { minServiceVisitsPerMonth: number } };
}

/** Seeds the city and its campaign from the reference data. Idempotent. */
runSeed<ReferenceData>('city', async (client, data) => {
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
});
