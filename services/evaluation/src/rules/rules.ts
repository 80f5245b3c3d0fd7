import { daysDue, reportDue, responseDue, unitOf, WorkingCalendar, type CalendarSettings } from '@qinshang/calendar';
import type { CampaignRulesPublished } from '@qinshang/eventlog';
import { rows, type SqlRunner } from '../common/sql';

export type Rules = CampaignRulesPublished;

/**
 * Used only while the city has published no rules at all for a period (version 0, provisional):
 * the campaign's own figures (two visits a month, quotas 30 and 204), equal weights. Once the city
 * publishes a version, that version decides; these are never mixed with it.
 */
export const PROVISIONAL_RULES: Rules = {
  campaignId: 'provisional',
  version: 0,
  effectiveFrom: '2016-06',
  minVisitsPerMonth: 2,
  deadlines: {},
  weights: { visits: 0.2, report: 0.2, response: 0.2, resolution: 0.2, satisfaction: 0.2 },
  reportDueDay: 5,
  commendationQuotas: { outstanding: 30, excellent: 204 },
  disqualifyingDeduction: 10,
  minimumSample: 5,
};

/** When a category has no deadline in the rules: answer within two days, solve within thirty. */
export const FALLBACK_DEADLINE = { responseHours: 48, resolutionDays: 30 };

export function deadlineFor(rules: Rules, category: string) {
  return rules.deadlines?.[category] ?? rules.deadlines?.OTHER ?? FALLBACK_DEADLINE;
}

/**
 * The version in force for a month: the latest `effectiveFrom` not after it; between two versions
 * effective from the same month, the one published later (higher log position).
 */
export function pickRules(versions: readonly { position: string; rules: Rules }[], period: string): Rules {
  let best: { position: string; rules: Rules } | null = null;
  for (const candidate of versions) {
    if (candidate.rules.effectiveFrom > period) continue;
    if (
      !best ||
      candidate.rules.effectiveFrom > best.rules.effectiveFrom ||
      (candidate.rules.effectiveFrom === best.rules.effectiveFrom && BigInt(candidate.position) > BigInt(best.position))
    ) {
      best = candidate;
    }
  }
  return best?.rules ?? PROVISIONAL_RULES;
}

export async function loadRulesVersions(runner: SqlRunner): Promise<{ position: string; rules: Rules }[]> {
  return rows<{ position: string; rules: Rules }>(runner, 'SELECT position::text AS position, rules FROM evaluation.rules_version ORDER BY position');
}

export async function rulesFor(runner: SqlRunner, period: string): Promise<Rules> {
  const [row] = await rows<{ rules: Rules }>(
    runner,
    'SELECT rules FROM evaluation.rules_version WHERE effective_from <= $1 ORDER BY effective_from DESC, position DESC LIMIT 1',
    [period],
  );
  return row?.rules ?? PROVISIONAL_RULES;
}

/** The last calendar this process read: a version never changes, so it is kept until a newer one is projected. */
let latestRead: WorkingCalendar = new WorkingCalendar(null);

/**
 * The working calendar with the city's latest settings, as projected from `calendar.published`.
 * Asks only for the latest version number (the caller's transaction decides what is visible; a
 * replica may have projected a newer one) and reads the days again only when it changed, so each
 * projector batch and report deadline reuses one calendar and its memo of working days.
 */
export async function loadCalendar(runner: SqlRunner): Promise<WorkingCalendar> {
  const [head] = await rows<{ version: number | null }>(runner, 'SELECT max(version) AS version FROM evaluation.calendar');
  const version = head?.version ?? 0;
  if (version === latestRead.version) return latestRead;
  const [row] = await rows<{ version: number; body: CalendarSettings }>(runner, 'SELECT version, body FROM evaluation.calendar WHERE version = $1', [version]);
  const calendar = new WorkingCalendar(row ? { version: row.version, days: row.body.days ?? [], years: row.body.years ?? [] } : null);
  // Keep the newest: two transactions may see different versions for a moment.
  if (calendar.version > latestRead.version) latestRead = calendar;
  return calendar;
}

/**
 * When a month's monthly reports fall due under its rules: the end of day `reportDueDay` of the
 * next month, or of its `reportDueDay`th working day under working-time rules. Before it, a
 * report not yet in is pending, not missing.
 */
export async function reportDeadlineFor(runner: SqlRunner, period: string, rules: Rules): Promise<Date> {
  return reportDue(await loadCalendar(runner), unitOf(rules), period, rules.reportDueDay);
}

/** The clocks the rules give a problem raised at `raisedAt`, in their unit (used until the ledger's own arrive). */
export function clocksFor(rules: Rules, category: string, raisedAt: Date, calendar: WorkingCalendar): { responseDueAt: Date; dueAt: Date } {
  const deadline = deadlineFor(rules, category);
  return { responseDueAt: responseDue(calendar, unitOf(rules), raisedAt, deadline), dueAt: daysDue(calendar, unitOf(rules), raisedAt, deadline.resolutionDays) };
}
