// ---- districts subgraph ----------------------------------------------------------------------

/**
 * A tenant is registered (or its name or kind changes): the districts seed emits one per tenant.
 * The evaluation subgraph ranks tenants within their peer group (`kind`) from it.
 */
export interface DistrictRegistered {
  districtId: string;
  name: string;
  kind: 'DISTRICT' | 'COUNTY' | 'DEVELOPMENT_ZONE' | 'NEW_AREA';
}

export interface EnterpriseRecorded {
  enterpriseId: string;
  districtId: string;
  name: string;
  /** null for a project (项目), which is not a legal person and has no code of its own. */
  creditCode: string | null;
  sector: string;
  source: 'CITY_ASSIGNED' | 'DISTRICT_SELECTED';
  aboveScale: boolean;
  kind: 'ENTERPRISE' | 'PROJECT';
  /** Which fields changed (for `enterprise.updated`); absent on `enterprise.added`. */
  changed?: string[];
}

export interface OfficialRecorded {
  officialId: string;
  districtId: string;
  name: string;
  title: string | null;
  department: string | null;
}

export interface PairingStarted {
  pairingId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  startedOn: string;
  /** The pairing this one replaces (re-pairing), if any. */
  replaces: string | null;
  reason: string | null;
}

export interface PairingEnded {
  pairingId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  endedOn: string;
  reason: string | null;
}

export interface VisitRecorded {
  visitId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  visitedOn: string;
  period: string;
  mode: 'VISIT' | 'HELP' | 'ACCOMPANY' | 'ON_BEHALF';
}

export interface VisitExcused {
  excuseId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  period: string;
  reason: 'AWAY_ON_DUTY' | 'ENTERPRISE_DECLINED' | 'ILLNESS' | 'TRAINING';
}

export interface MonthlyReportSubmitted {
  reportId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  period: string;
  submittedAt: string;
  dueAt: string;
  late: boolean;
}

/** An enterprise a reminder names: its id and name (the official's own pairing). */
export interface RemindedEnterprise {
  enterpriseId: string;
  name: string;
}

/**
 * 走访提醒: by the rules' `visitReminderDay`, an official has made fewer than the month's minimum
 * visits to a paired enterprise (no excuse recorded for it). Written once per official and month
 * by the districts' reminder round (`system:districts:reminders`).
 */
export interface VisitMinimumReminded {
  reminderId: string;
  districtId: string;
  officialId: string;
  period: string;
  /** The rules' minimum visits per month. */
  minimum: number;
  /** The enterprises short of it, with the visits made so far this month. */
  enterprises: Array<RemindedEnterprise & { visits: number }>;
}

/**
 * 月报提醒: a monthly report falls due within the rules' `reportReminderDays` working days and the
 * official has not submitted it for these enterprises. Once per official and report period.
 */
export interface MonthlyReportDueReminded {
  reminderId: string;
  districtId: string;
  officialId: string;
  /** The month the report is about (YYYY-MM). */
  period: string;
  /** When the report becomes late (ISO-8601). */
  dueAt: string;
  enterprises: RemindedEnterprise[];
}
