import type { CampaignRulesPublished } from '@qinshang/eventlog';
import { BadUserInputError } from '@qinshang/errors';
import { PERIOD_PATTERN } from '../common/period';
import { ISSUE_CATEGORIES, type IssueCategory } from './issue-category.enum';

/** The settings of one rules version, as the `campaign.rules_published` event carries them. */
export type RuleSettings = Omit<CampaignRulesPublished, 'campaignId' | 'version' | 'effectiveFrom'>;

export const WEIGHT_KEYS = ['visits', 'report', 'response', 'resolution', 'satisfaction'] as const;

/** Resolution deadlines of version 1, in days (response: 72 hours for every category). */
const RESOLUTION_DAYS: Record<IssueCategory, number> = {
  LABOR: 15,
  LAND: 60,
  APPROVAL: 20,
  FINANCING: 30,
  TRANSPORT: 30,
  ENVIRONMENT: 20,
  POLICY: 30,
  INFRASTRUCTURE: 60,
  OTHER: 30,
};

/**
 * Version 1, in force from the campaign's first month. The visit minimum and the commendation
 * quotas come from the reference data; deadlines, weights and thresholds are the platform's
 * defaults (the reports do not state them), to be replaced by publishing a new version. It counts
 * calendar time; a later version may count working days (`deadlineUnit: WORKING_DAYS`), and the
 * problems raised under this one keep calendar time.
 */
export function initialRuleSettings(reference: { minVisitsPerMonth: number; outstanding: number; excellent: number }): RuleSettings {
  return {
    minVisitsPerMonth: reference.minVisitsPerMonth,
    deadlines: Object.fromEntries(ISSUE_CATEGORIES.map((category) => [category, { responseHours: 72, resolutionDays: RESOLUTION_DAYS[category] }])),
    weights: { visits: 0.3, report: 0.1, response: 0.2, resolution: 0.25, satisfaction: 0.15 },
    reportDueDay: 5,
    commendationQuotas: { outstanding: reference.outstanding, excellent: reference.excellent },
    disqualifyingDeduction: 5,
    minimumSample: 5,
    deadlineUnit: 'CALENDAR',
    escalationDecisionDays: { DISTRICT: 7, CITY: 7 },
    ...REMINDER_DEFAULTS,
  };
}

/** The reminders' settings where a version does not give them (the versions published before they existed). */
export const REMINDER_DEFAULTS = { visitReminderDay: 20, reportReminderDays: 3, confirmationReminderDays: 3 } as const;

/** The rules in force for a period: the latest effective version not after it (ties: the later version). */
export function versionInForce<T extends { version: number; effectiveFrom: string }>(versions: readonly T[], period: string): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > period) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version)) best = v;
  }
  return best;
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/**
 * Checks a full set of settings (and its effective period against the current one); throws
 * BAD_USER_INPUT naming the first field at fault, as a path under `input`.
 */
export function validateRules(effectiveFrom: string, settings: RuleSettings, current: string): void {
  if (!PERIOD_PATTERN.test(effectiveFrom)) throw new BadUserInputError('input.effectiveFrom', 'effectiveFrom must be a month, YYYY-MM');
  if (effectiveFrom < current) {
    throw new BadUserInputError('input.effectiveFrom', `A new rules version takes effect from the current month (${current}) or later: a past month's rules never change`);
  }
  if (!isInt(settings.minVisitsPerMonth) || settings.minVisitsPerMonth < 1 || settings.minVisitsPerMonth > 31) {
    throw new BadUserInputError('input.minVisitsPerMonth', 'minVisitsPerMonth must be a whole number from 1 to 31');
  }

  const categories = Object.keys(settings.deadlines);
  for (const category of categories) {
    if (!(ISSUE_CATEGORIES as string[]).includes(category)) throw new BadUserInputError('input.deadlines', `${category} is not a problem category`);
  }
  const missing = ISSUE_CATEGORIES.filter((category) => !settings.deadlines[category]);
  if (missing.length) throw new BadUserInputError('input.deadlines', `Deadlines are missing for ${missing.join(', ')}: every category needs one`, { missing });
  for (const category of ISSUE_CATEGORIES) {
    const { responseHours, resolutionDays } = settings.deadlines[category];
    if (!isInt(responseHours) || responseHours < 1) {
      throw new BadUserInputError(`input.deadlines.${category}.responseHours`, `The response deadline for ${category} must be a positive whole number of hours`);
    }
    if (!isInt(resolutionDays) || resolutionDays < 1) {
      throw new BadUserInputError(`input.deadlines.${category}.resolutionDays`, `The resolution deadline for ${category} must be a positive whole number of days`);
    }
    const { responseDays } = settings.deadlines[category];
    if (responseDays != null && (!isInt(responseDays) || responseDays < 1 || responseDays > resolutionDays)) {
      throw new BadUserInputError(`input.deadlines.${category}.responseDays`, `The response deadline for ${category} must be 1 to ${resolutionDays} working days`);
    }
    if ((settings.deadlineUnit ?? 'CALENDAR') === 'CALENDAR' && responseHours > resolutionDays * 24) {
      throw new BadUserInputError(`input.deadlines.${category}.responseHours`, `The response deadline for ${category} falls after its resolution deadline`);
    }
  }

  for (const key of WEIGHT_KEYS) {
    const weight = settings.weights[key];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 1) {
      throw new BadUserInputError(`input.weights.${key}`, `The ${key} weight must be between 0 and 1`);
    }
  }
  const sum = WEIGHT_KEYS.reduce((total, key) => total + settings.weights[key], 0);
  if (Math.abs(sum - 1) > 1e-6) throw new BadUserInputError('input.weights', `The weights must sum to 1 (they sum to ${Number(sum.toFixed(6))})`);

  if (!isInt(settings.reportDueDay) || settings.reportDueDay < 1 || settings.reportDueDay > 28) {
    throw new BadUserInputError('input.reportDueDay', 'reportDueDay must be a day of the month from 1 to 28');
  }
  for (const key of ['outstanding', 'excellent'] as const) {
    const quota = settings.commendationQuotas[key];
    if (!isInt(quota) || quota < 0) throw new BadUserInputError(`input.commendationQuotas.${key}`, `The ${key} quota must be a whole number, 0 or more`);
  }
  if (typeof settings.disqualifyingDeduction !== 'number' || !Number.isFinite(settings.disqualifyingDeduction) || settings.disqualifyingDeduction < 0) {
    throw new BadUserInputError('input.disqualifyingDeduction', 'disqualifyingDeduction must be 0 or more points');
  }
  if (!isInt(settings.minimumSample) || settings.minimumSample < 1) {
    throw new BadUserInputError('input.minimumSample', 'minimumSample must be a whole number, 1 or more');
  }
  const day = settings.visitReminderDay ?? REMINDER_DEFAULTS.visitReminderDay;
  if (!isInt(day) || day < 1 || day > 28) throw new BadUserInputError('input.visitReminderDay', 'visitReminderDay must be a day of the month from 1 to 28');
  const reportDays = settings.reportReminderDays ?? REMINDER_DEFAULTS.reportReminderDays;
  if (!isInt(reportDays) || reportDays < 1 || reportDays > 20) {
    throw new BadUserInputError('input.reportReminderDays', 'reportReminderDays must be a whole number of working days from 1 to 20');
  }
  const confirmDays = settings.confirmationReminderDays ?? REMINDER_DEFAULTS.confirmationReminderDays;
  if (!isInt(confirmDays) || confirmDays < 1 || confirmDays > 30) {
    throw new BadUserInputError('input.confirmationReminderDays', 'confirmationReminderDays must be a whole number of working days from 1 to 30');
  }
  for (const level of ['DISTRICT', 'CITY'] as const) {
    const days = settings.escalationDecisionDays?.[level];
    if (days !== undefined && (!isInt(days) || days < 1 || days > 60)) throw new BadUserInputError(`input.escalationDecisionDays.${level}`, 'A decision window is 1 to 60 days');
  }
}
