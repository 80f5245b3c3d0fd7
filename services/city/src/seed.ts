import 'reflect-metadata';
import { runSeed } from '@qinshang/database';
import { appendEvents, type NewEvent } from '@qinshang/eventlog';
import { departments, leadingGroups, type ReferenceLeadingGroup, type ReferenceTenant } from './seed/reference/organisation';
import { POLICIES } from './seed/reference/policies';
import { initialRuleSettings } from './rules/rules';

interface ReferenceData {
  city: { code: string; name: string; nameEn: string };
  campaign: {
    name: string;
    nameEn: string;
    mobilizedOn: string;
    leadingGroup: ReferenceLeadingGroup;
    rules: { minServiceVisitsPerMonth: number };
    commendation: { outstanding: number; excellent: number };
  };
  tenants: ReferenceTenant[];
}

const SEED = { actor: 'system:seed', actorRole: 'SYSTEM' };

/**
 * Seeds the city, its campaign, rules version 1, the leading groups, the departments and the
 * support policies. Idempotent: rows are inserted once (ON CONFLICT DO NOTHING), and an event is
 * appended only for a row this run inserted, so a second run appends nothing.
 */
runSeed<ReferenceData>('city', async (client, data) => {
  const cityCode = data.city.code;
  const campaignId = `${cityCode}-${data.campaign.mobilizedOn.slice(0, 4)}`;
  // Registration events are dated to the campaign's mobilisation (Asia/Shanghai midnight).
  const occurredAt = new Date(`${data.campaign.mobilizedOn}T00:00:00+08:00`);
  const events: NewEvent[] = [];

  await client.query(
    `INSERT INTO city.city (id, name, name_en) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en`,
    [cityCode, data.city.name, data.city.nameEn],
  );
  await client.query(
    `INSERT INTO city.campaign (id, city_id, name, name_en, mobilized_on, min_visits_per_month)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en,
       mobilized_on = EXCLUDED.mobilized_on, min_visits_per_month = EXCLUDED.min_visits_per_month`,
    [campaignId, cityCode, data.campaign.name, data.campaign.nameEn, data.campaign.mobilizedOn, data.campaign.rules.minServiceVisitsPerMonth],
  );

  // Rules version 1, in force from the campaign's first month.
  const effectiveFrom = data.campaign.mobilizedOn.slice(0, 7);
  const settings = initialRuleSettings({
    minVisitsPerMonth: data.campaign.rules.minServiceVisitsPerMonth,
    outstanding: data.campaign.commendation.outstanding,
    excellent: data.campaign.commendation.excellent,
  });
  const rules = await client.query(
    `INSERT INTO city.campaign_rules (campaign_id, version, effective_from, min_visits_per_month, deadlines, weights, report_due_day,
       commendation_quotas, disqualifying_deduction, minimum_sample, published_at, published_by)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT DO NOTHING RETURNING version`,
    [
      campaignId,
      effectiveFrom,
      settings.minVisitsPerMonth,
      JSON.stringify(settings.deadlines),
      JSON.stringify(settings.weights),
      settings.reportDueDay,
      JSON.stringify(settings.commendationQuotas),
      settings.disqualifyingDeduction,
      settings.minimumSample,
      occurredAt,
      SEED.actor,
    ],
  );
  if (rules.rowCount) {
    events.push({ type: 'campaign.rules_published', streamType: 'campaign', streamId: campaignId, districtId: null, occurredAt, payload: { campaignId, version: 1, effectiveFrom, ...settings } });
  }

  const groups = leadingGroups(cityCode, data.campaign.leadingGroup, data.tenants);
  const insertedGroups = await client.query<{ id: string }>(
    `INSERT INTO city.leading_group (id, city_id, district_id, level, name, office, leader_role, deputy_roles, sort_order)
     SELECT g.id, $1, g.district_id, g.level, g.name, g.office, g.leader_role, ARRAY(SELECT jsonb_array_elements_text(g.deputy_roles)), g.sort_order
       FROM jsonb_to_recordset($2::jsonb) AS g(id text, district_id text, level text, name text, office text, leader_role text, deputy_roles jsonb, sort_order int)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      cityCode,
      JSON.stringify(
        groups.map((g) => ({ id: g.id, district_id: g.districtId, level: g.level, name: g.name, office: g.office, leader_role: g.leaderRole, deputy_roles: g.deputyRoles, sort_order: g.sortOrder })),
      ),
    ],
  );
  const newGroups = new Set(insertedGroups.rows.map((row) => row.id));
  for (const g of groups.filter((group) => newGroups.has(group.id))) {
    events.push({
      type: 'leading_group.registered',
      streamType: 'leading_group',
      streamId: g.id,
      districtId: g.districtId,
      occurredAt,
      payload: { leadingGroupId: g.id, name: g.name, level: g.level, districtId: g.districtId, office: g.office },
    });
  }

  const units = departments(cityCode, data.tenants);
  const insertedUnits = await client.query<{ id: string }>(
    `INSERT INTO city.department (id, district_id, name, kind, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
     ON CONFLICT DO NOTHING RETURNING id`,
    [units.map((u) => u.id), units.map((u) => u.districtId), units.map((u) => u.name), units.map((u) => u.kind), units.map((u) => u.sortOrder)],
  );
  const newUnits = new Set(insertedUnits.rows.map((row) => row.id));
  for (const u of units.filter((unit) => newUnits.has(unit.id))) {
    events.push({
      type: 'department.registered',
      streamType: 'department',
      streamId: u.id,
      districtId: u.districtId,
      occurredAt,
      payload: { departmentId: u.id, name: u.name, districtId: u.districtId, kind: u.kind },
    });
  }

  await client.query(
    `INSERT INTO city.policy (id, title, level, issuer, sectors, eligibility, fund_amount, valid_from, valid_to, district_id)
     SELECT p.id, p.title, p.level, p.issuer, ARRAY(SELECT jsonb_array_elements_text(p.sectors)), p.eligibility, p.fund_amount, p.valid_from, p.valid_to, p.district_id
       FROM jsonb_to_recordset($1::jsonb) AS p(id text, title text, level text, issuer text, sectors jsonb, eligibility text,
            fund_amount numeric, valid_from date, valid_to date, district_id text)
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        POLICIES.map((p) => ({ ...p, fund_amount: p.fundAmount, valid_from: p.validFrom, valid_to: p.validTo, district_id: p.districtId })),
      ),
    ],
  );

  // Last: the log's head lock is held until this transaction commits.
  await appendEvents(client, 'city', events.map((event) => ({ ...event, ...SEED })));
});
