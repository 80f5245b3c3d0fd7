import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { CampaignRules } from './campaign-rules.type';
import { ISSUE_CATEGORIES } from './issue-category.enum';
import type { RuleSettings } from './rules';

export const COLUMNS = `campaign_id AS "campaignId", version, effective_from AS "effectiveFrom", min_visits_per_month AS "minVisitsPerMonth",
  deadlines, weights, report_due_day AS "reportDueDay", commendation_quotas AS "commendationQuotas",
  disqualifying_deduction::float8 AS "disqualifyingDeduction", minimum_sample AS "minimumSample",
  deadline_unit AS "deadlineUnit", visit_reminder_day AS "visitReminderDay", report_reminder_days AS "reportReminderDays",
  confirmation_reminder_days AS "confirmationReminderDays", coalesce(escalation_decision_days, '{"DISTRICT": 7, "CITY": 7}') AS "escalationDecisionDays",
  to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", published_by AS "publishedBy"`;

export type RulesRow = Omit<CampaignRules, 'deadlines'> & { deadlines: RuleSettings['deadlines'] };

export function toRules(row: RulesRow): CampaignRules {
  return Object.assign(new CampaignRules(), {
    ...row,
    deadlines: ISSUE_CATEGORIES.filter((category) => row.deadlines[category]).map((category) => ({ category, ...row.deadlines[category] })),
  });
}

export function settingsOf(rules: CampaignRules): RuleSettings {
  return {
    minVisitsPerMonth: rules.minVisitsPerMonth,
    deadlines: Object.fromEntries(
      rules.deadlines.map(({ category, responseHours, resolutionDays, responseDays }) => [category, { responseHours, resolutionDays, ...(responseDays != null ? { responseDays } : {}) }]),
    ),
    weights: { ...rules.weights },
    reportDueDay: rules.reportDueDay,
    commendationQuotas: { ...rules.commendationQuotas },
    disqualifyingDeduction: rules.disqualifyingDeduction,
    minimumSample: rules.minimumSample,
    deadlineUnit: rules.deadlineUnit,
    escalationDecisionDays: { ...rules.escalationDecisionDays },
    visitReminderDay: rules.visitReminderDay,
    reportReminderDays: rules.reportReminderDays,
    confirmationReminderDays: rules.confirmationReminderDays,
  };
}

/**
 * 活动规则: versioned campaign settings. A version is never changed; publishing adds one that
 * takes effect from the current month or later, so the rules a past month was scored by stay.
 */
export class CampaignRulesQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
  ) {}

  /** Every version of each campaign, in version order. */
  async versionsByCampaign(campaignIds: readonly string[]): Promise<Map<string, CampaignRules[]>> {
    const manager = await this.manager();
    const rows: RulesRow[] = await manager.query(`SELECT ${COLUMNS} FROM city.campaign_rules WHERE campaign_id = ANY($1) ORDER BY campaign_id, version`, [campaignIds]);
    const byCampaign = new Map<string, CampaignRules[]>();
    for (const row of rows) {
      const list = byCampaign.get(row.campaignId) ?? [];
      list.push(toRules(row));
      byCampaign.set(row.campaignId, list);
    }
    return byCampaign;
  }
}
