import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import { asOwner, countEvents, currentPeriod, rerunCitySeed } from './support';

const RULES = `query ($period: String) {
  city {
    campaign {
      id name mobilizedOn minVisitsPerMonth
      rules(period: $period) {
        version effectiveFrom minVisitsPerMonth reportDueDay disqualifyingDeduction minimumSample publishedBy
        weights { visits report response resolution satisfaction }
        deadlines { category responseHours resolutionDays }
        commendationQuotas { outstanding excellent }
      }
      ruleVersions { version effectiveFrom }
    }
  }
}`;

const PUBLISH = `mutation ($input: PublishCampaignRulesInput!) {
  publishCampaignRules(input: $input) { rules { version effectiveFrom minVisitsPerMonth weights { visits report response resolution satisfaction } deadlines { category resolutionDays } } }
}`;

type Rules = { version: number; effectiveFrom: string; minVisitsPerMonth: number; weights: Record<string, number>; deadlines: Array<{ category: string; responseHours: number; resolutionDays: number }>; commendationQuotas: { outstanding: number; excellent: number } };
type RulesData = { city: { campaign: { id: string; minVisitsPerMonth: number; rules: Rules | null; ruleVersions: Array<{ version: number; effectiveFrom: string }> } } };

const V1_WEIGHTS = { visits: 0.3, report: 0.1, response: 0.2, resolution: 0.25, satisfaction: 0.15 };

describe('campaign rules as versioned settings', () => {
  it('seeds version 1 from 2016-06 with the reference figures, and the contract field still answers', async () => {
    const data = await as.district('610111').ok<RulesData>(RULES, { period: '2016-07' });
    const { campaign } = data.city;
    expect(campaign.minVisitsPerMonth).toBe(2);
    expect(campaign.ruleVersions[0]).toEqual({ version: 1, effectiveFrom: '2016-06' });
    expect(campaign.rules).toMatchObject({ version: 1, effectiveFrom: '2016-06', minVisitsPerMonth: 2, weights: V1_WEIGHTS, commendationQuotas: { outstanding: 30, excellent: 204 } });
    expect(campaign.rules!.deadlines).toHaveLength(9);
    expect(campaign.rules!.deadlines.find((d) => d.category === 'LAND')).toEqual({ category: 'LAND', responseHours: 72, resolutionDays: 60 });
    // Before the campaign there were no rules.
    expect((await as.city().ok<RulesData>(RULES, { period: '2016-05' })).city.campaign.rules).toBeNull();
  });

  it('publishes new weights from this month on and leaves a past month’s rules unchanged', async () => {
    const city = as.city();
    const period = currentPeriod();
    const before = (await city.ok<RulesData>(RULES, {})).city.campaign;
    const eventsBefore = await countEvents('campaign.rules_published', before.id);
    const weights = { visits: 0.35, report: 0.05, response: 0.2, resolution: 0.25, satisfaction: 0.15 };

    const published = await city.ok<{ publishCampaignRules: { rules: Rules } }>(PUBLISH, { input: { effectiveFrom: period, weights } });
    const version = before.ruleVersions.length + 1;
    expect(published.publishCampaignRules.rules).toMatchObject({ version, effectiveFrom: period, weights, minVisitsPerMonth: 2 });
    // Settings left out are carried over from the version in force.
    expect(published.publishCampaignRules.rules.deadlines.find((d) => d.category === 'LABOR')!.resolutionDays).toBe(15);

    const now = (await city.ok<RulesData>(RULES, {})).city.campaign;
    expect(now.rules).toMatchObject({ version, weights });
    expect(now.ruleVersions.map((v) => v.version)).toEqual([...before.ruleVersions.map((v) => v.version), version]);
    const past = (await city.ok<RulesData>(RULES, { period: '2016-07' })).city.campaign;
    expect(past.rules).toMatchObject({ version: 1, weights: V1_WEIGHTS });
    expect(await countEvents('campaign.rules_published', before.id)).toBe(eventsBefore + 1);
  });

  it('keeps a later version for its own months only', async () => {
    const city = as.city();
    const published = await city.ok<{ publishCampaignRules: { rules: Rules } }>(PUBLISH, { input: { effectiveFrom: '2099-01', minVisitsPerMonth: 3 } });
    const version = published.publishCampaignRules.rules.version;
    expect((await city.ok<RulesData>(RULES, { period: '2099-02' })).city.campaign.rules).toMatchObject({ version, minVisitsPerMonth: 3 });
    expect((await city.ok<RulesData>(RULES, { period: '2098-12' })).city.campaign.rules!.minVisitsPerMonth).toBe(2);
    expect((await city.ok<RulesData>(RULES, {})).city.campaign.minVisitsPerMonth).toBe(2);
  });

  it.each([
    ['a past month', { effectiveFrom: '2016-07' }, 'input.effectiveFrom'],
    ['a malformed month', { effectiveFrom: '2099-13' }, 'input.effectiveFrom'],
    ['weights that do not sum to 1', { effectiveFrom: '2099-01', weights: { ...V1_WEIGHTS, visits: 0.5 } }, 'input.weights'],
    ['a category without a deadline', { effectiveFrom: '2099-01', deadlines: [{ category: 'LABOR', responseHours: 72, resolutionDays: 15 }] }, 'input.deadlines'],
    [
      'a deadline that is not positive',
      {
        effectiveFrom: '2099-01',
        deadlines: ['LABOR', 'LAND', 'APPROVAL', 'FINANCING', 'TRANSPORT', 'ENVIRONMENT', 'POLICY', 'INFRASTRUCTURE', 'OTHER'].map((category) => ({
          category,
          responseHours: category === 'LAND' ? 0 : 72,
          resolutionDays: 30,
        })),
      },
      'input.deadlines.LAND.responseHours',
    ],
    ['a visit reminder after the 28th', { effectiveFrom: '2099-01', visitReminderDay: 31 }, 'input.visitReminderDay'],
    ['no working days before a report is due', { effectiveFrom: '2099-01', reportReminderDays: 0 }, 'input.reportReminderDays'],
    ['a confirmation reminder after 30 working days', { effectiveFrom: '2099-01', confirmationReminderDays: 31 }, 'input.confirmationReminderDays'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, input, field) => {
    const city = as.city();
    const before = (await city.ok<RulesData>(RULES, {})).city.campaign;
    const events = await countEvents('campaign.rules_published', before.id);
    const response = await city.send(PUBLISH, { input });
    expect(response.data ?? null).toBeNull();
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|at \w+ \(/);
    expect((await city.ok<RulesData>(RULES, {})).city.campaign.ruleVersions).toHaveLength(before.ruleVersions.length);
    expect(await countEvents('campaign.rules_published', before.id)).toBe(events);
  });

  it('publishes the reminders’ settings (visit day, working days before a report and a confirmation), carried over when left out', async () => {
    const REMINDERS = 'query ($period: String) { city { campaign { rules(period: $period) { version visitReminderDay reportReminderDays confirmationReminderDays } } } }';
    type Reminders = { city: { campaign: { rules: { version: number; visitReminderDay: number; reportReminderDays: number; confirmationReminderDays: number } } } };
    // Version 1's: the defaults.
    expect((await as.city().ok<Reminders>(REMINDERS, { period: '2016-07' })).city.campaign.rules).toMatchObject({ visitReminderDay: 20, reportReminderDays: 3, confirmationReminderDays: 3 });
    await as.city().ok(PUBLISH, { input: { effectiveFrom: '2098-06', visitReminderDay: 25, reportReminderDays: 2, confirmationReminderDays: 5 } });
    const set = (await as.city().ok<Reminders>(REMINDERS, { period: '2098-06' })).city.campaign.rules;
    expect(set).toMatchObject({ visitReminderDay: 25, reportReminderDays: 2, confirmationReminderDays: 5 });
    const { rows } = await asOwner((c) => c.query("SELECT payload FROM eventlog.event WHERE type = 'campaign.rules_published' AND (payload->>'version')::int = $1", [set.version]));
    expect(rows[0].payload).toMatchObject({ visitReminderDay: 25, reportReminderDays: 2, confirmationReminderDays: 5 });
    // A later version that changes something else keeps them.
    await as.city().ok(PUBLISH, { input: { effectiveFrom: '2098-07', minimumSample: 6 } });
    expect((await as.city().ok<Reminders>(REMINDERS, { period: '2098-07' })).city.campaign.rules).toMatchObject({ visitReminderDay: 25, reportReminderDays: 2, confirmationReminderDays: 5 });
  });

  it('lets only the city office publish', async () => {
    for (const actor of [as.district('610111'), as.inspector(), new Actor({ role: Role.OFFICIAL, districtId: '610111', officialId: '610111-O0001' })]) {
      const response = await actor.send(PUBLISH, { input: { effectiveFrom: '2099-01', minVisitsPerMonth: 4 } });
      expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a malformed period when reading', async () => {
    const response = await as.city().send(RULES, { period: '2016-7' });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('appends campaign.rules_published for version 1 once, and a second seed run appends nothing', async () => {
    // Only the seed's own events: other test files may register departments meanwhile.
    const registrations = async () => [
      await countEvents('campaign.rules_published', null, 'system:seed'),
      await countEvents('leading_group.registered', null, 'system:seed'),
      await countEvents('department.registered', null, 'system:seed'),
    ];
    const before = await registrations();
    expect(before.slice(0, 2)).toEqual([1, 22]);
    const run = rerunCitySeed();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await registrations()).toEqual(before);
  });
});
