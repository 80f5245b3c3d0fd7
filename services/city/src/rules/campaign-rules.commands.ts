import type { Caller } from '@qinshang/auth';
import { BadUserInputError, NotFoundError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { currentPeriod } from '../common/period';
import { COLUMNS, settingsOf, toRules, type CampaignRulesQueries, type RulesRow } from './campaign-rules.queries';
import type { CampaignRules } from './campaign-rules.type';
import type { PublishCampaignRulesInput } from './dto/publish-campaign-rules.input';
import { REMINDER_DEFAULTS, validateRules, versionInForce, type RuleSettings } from './rules';

/** Publishing a rules version (CITY_ADMIN): from the current month or later, never changing a past one. */
export class CampaignRulesCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly queries: CampaignRulesQueries,
  ) {}

  async publish(input: PublishCampaignRulesInput): Promise<CampaignRules> {
    assertCan(this.caller, 'PUBLISH_CAMPAIGN_RULES');
    const manager = await this.manager();
    const campaignId = input.campaignId ?? (await this.currentCampaignId(manager));
    const [campaign] = await manager.query('SELECT id FROM city.campaign WHERE id = $1', [campaignId]);
    if (!campaign) throw new NotFoundError('Campaign', campaignId);

    // One publisher at a time per campaign, so version numbers are consecutive.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('city.campaign_rules'), hashtext($1))", [campaignId]);
    const versions = (await this.queries.versionsByCampaign([campaignId])).get(campaignId) ?? [];
    const base = versionInForce(versions, input.effectiveFrom) ?? versions[versions.length - 1];
    if (!base) throw new NotFoundError('CampaignRules', campaignId);

    const settings = this.merge(settingsOf(base), input);
    validateRules(input.effectiveFrom, settings, currentPeriod());

    const version = versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
    const [row]: RulesRow[] = await manager.query(
      `INSERT INTO city.campaign_rules (campaign_id, version, effective_from, min_visits_per_month, deadlines, weights, report_due_day,
         commendation_quotas, disqualifying_deduction, minimum_sample, published_by, deadline_unit, escalation_decision_days,
         visit_reminder_day, report_reminder_days, confirmation_reminder_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       RETURNING ${COLUMNS}`,
      [
        campaignId,
        version,
        input.effectiveFrom,
        settings.minVisitsPerMonth,
        JSON.stringify(settings.deadlines),
        JSON.stringify(settings.weights),
        settings.reportDueDay,
        JSON.stringify(settings.commendationQuotas),
        settings.disqualifyingDeduction,
        settings.minimumSample,
        this.caller.sub,
        settings.deadlineUnit ?? 'CALENDAR',
        JSON.stringify(settings.escalationDecisionDays ?? { DISTRICT: 7, CITY: 7 }),
        settings.visitReminderDay,
        settings.reportReminderDays,
        settings.confirmationReminderDays,
      ],
    );
    await appendEvents(manager, 'city', [
      {
        type: 'campaign.rules_published',
        streamType: 'campaign',
        streamId: campaignId,
        districtId: null,
        payload: { campaignId, version, effectiveFrom: input.effectiveFrom, ...settings },
      },
    ]);
    return toRules(row);
  }

  private merge(base: RuleSettings, input: PublishCampaignRulesInput): RuleSettings {
    let deadlines = base.deadlines;
    if (input.deadlines) {
      deadlines = {};
      for (const { category, responseHours, resolutionDays, responseDays } of input.deadlines) {
        if (deadlines[category]) throw new BadUserInputError('input.deadlines', `${category} is listed more than once`);
        deadlines[category] = { responseHours, resolutionDays, ...(responseDays != null ? { responseDays } : {}) };
      }
    }
    return {
      minVisitsPerMonth: input.minVisitsPerMonth ?? base.minVisitsPerMonth,
      deadlines,
      weights: input.weights ? { ...input.weights } : base.weights,
      reportDueDay: input.reportDueDay ?? base.reportDueDay,
      commendationQuotas: input.commendationQuotas ? { ...input.commendationQuotas } : base.commendationQuotas,
      disqualifyingDeduction: input.disqualifyingDeduction ?? base.disqualifyingDeduction,
      minimumSample: input.minimumSample ?? base.minimumSample,
      deadlineUnit: input.deadlineUnit ?? base.deadlineUnit ?? 'CALENDAR',
      escalationDecisionDays: input.escalationDecisionDays ? { ...input.escalationDecisionDays } : base.escalationDecisionDays,
      visitReminderDay: input.visitReminderDay ?? base.visitReminderDay ?? REMINDER_DEFAULTS.visitReminderDay,
      reportReminderDays: input.reportReminderDays ?? base.reportReminderDays ?? REMINDER_DEFAULTS.reportReminderDays,
      confirmationReminderDays: input.confirmationReminderDays ?? base.confirmationReminderDays ?? REMINDER_DEFAULTS.confirmationReminderDays,
    };
  }

  private async currentCampaignId(manager: EntityManager): Promise<string> {
    const [row] = await manager.query('SELECT id FROM city.campaign ORDER BY mobilized_on DESC, id LIMIT 1');
    if (!row) throw new NotFoundError('Campaign', 'current');
    return row.id;
  }
}
