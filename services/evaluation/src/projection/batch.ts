import type { WorkingCalendar } from '@qinshang/calendar';
import type { CalendarPublished, CampaignRulesPublished } from '@qinshang/eventlog';
import { periodOf } from '../common/period';
import type { Rules } from '../rules/rules';
import type { DeductionRow, FindingRow, InspectionRow } from './folds/inspection.fold';

/** The projection of one problem, as `evaluation.issue` holds it (times as ISO strings). */
export interface IssueRow {
  issue_id: string;
  district_id: string;
  official_id: string | null;
  ledger_no: string;
  category: string;
  status: string;
  raised_at: string;
  response_due_at: string;
  responded_at: string | null;
  due_at: string;
  resolved_at: string | null;
  unsolvable_at: string | null;
  enterprise_id: string | null;
  /** 问题分类 A/B/C/D when the ledger records one. */
  problem_class: string | null;
  /** The first path it took: ON_SPOT, ASSIGNED or ESCALATED (null while only raised). */
  path: string | null;
}

/**
 * What a batch of events folds into, in memory, before one statement per table writes it. The
 * folds (one per stream, `folds/`) add to it; `applyEvents` writes it.
 */
export class Batch {
  readonly rules: { position: string; campaign_id: string; version: number; effective_from: string; rules: CampaignRulesPublished }[] = [];
  readonly calendars: { version: number; body: CalendarPublished }[] = [];
  readonly tenants = new Map<string, { district_id: string; name: string | null; kind: string | null; first_period: string }>();
  readonly officials = new Map<string, { official_id: string; district_id: string; name: string; added_period: string }>();
  readonly pairings = new Map<string, { pairing_id: string; district_id: string; official_id: string; enterprise_id: string; started_on: string; ended_on: string | null }>();
  readonly pairingEnds: { pairing_id: string; ended_on: string }[] = [];
  readonly visits = new Map<string, { district_id: string; official_id: string; period: string; visits: number }>();
  /** Visits per enterprise and month (enterprises served, in the bulletin). */
  readonly enterpriseVisits = new Map<string, { district_id: string; official_id: string; enterprise_id: string; period: string; visits: number }>();
  readonly excuses = new Map<string, { district_id: string; official_id: string; enterprise_id: string; period: string; reason: string }>();
  readonly reports = new Map<string, { district_id: string; official_id: string; enterprise_id: string; period: string; submitted_at: string; late: boolean }>();
  readonly closures: object[] = [];
  readonly escalations: object[] = [];
  readonly returns: object[] = [];
  readonly inspections: InspectionRow[] = [];
  readonly findings: FindingRow[] = [];
  readonly deductions: DeductionRow[] = [];

  constructor(
    /** The problems the batch touches, as projected so far (read before the fold). */
    readonly issues: Map<string, IssueRow>,
    /** The rules versions known at this point of the log (null when the batch holds no problem events). */
    readonly rulesVersions: { position: string; rules: Rules }[] | null,
    /** The working calendar in force at this point of the log (the city's latest settings). */
    public calendar: WorkingCalendar,
  ) {}

  /** A tenant seen in an event: its first period is the earliest seen. */
  registerTenant(districtId: string | null | undefined, at: Date, extra: { name?: string; kind?: string } = {}): void {
    if (!districtId) return;
    const period = periodOf(at);
    const current = this.tenants.get(districtId);
    this.tenants.set(districtId, {
      district_id: districtId,
      name: extra.name ?? current?.name ?? null,
      kind: extra.kind ?? current?.kind ?? null,
      first_period: current && current.first_period < period ? current.first_period : period,
    });
  }
}

export const iso = (value: string | Date) => new Date(value).toISOString();

/** One stream's fold: the event types it reads, and what each adds to the batch. */
export interface Fold {
  types: readonly string[];
  apply(event: import('@qinshang/eventlog').StoredEvent, batch: Batch): void;
}
