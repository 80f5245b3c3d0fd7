/**
 * The shapes the generated history follows: the city statistics bureau's campaign bulletin (简报
 * 第16期, an August; see shared/DOMAIN.md). Its groups sum to 1,492 (not the 1,495 it states), so
 * proportions are taken over the groups themselves.
 */
export const BULLETIN_VISITS = { threeOrMore: 94, two: 1335, one: 36, none: 27 } as const;

/** Why the 27 officials made no visit: away on duty 14, enterprise declined 6, illness 2, training 5. */
export const BULLETIN_EXCUSES = { AWAY_ON_DUTY: 14, ENTERPRISE_DECLINED: 6, ILLNESS: 2, TRAINING: 5 } as const;

/** The bulletin's month: generated exactly in its proportions (the other months vary around them). */
export const BULLETIN_PERIOD = '2016-08';

/** The campaign's first year, by default: mobilised 2016-06-03. */
export const HISTORY_FROM = '2016-06';
export const HISTORY_TO = '2017-06';

/** Who the generated records say did them. */
export const HISTORY_ACTOR = { actor: 'system:history', actorRole: 'SYSTEM' } as const;

/** Share of monthly reports submitted after the due day, and never submitted. */
export const LATE_REPORT_SHARE = 0.08;
export const MISSING_REPORT_SHARE = 0.012;
