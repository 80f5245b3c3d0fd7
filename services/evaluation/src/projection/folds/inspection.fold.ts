import type { DeductionRecorded, InspectionRecorded } from '@qinshang/eventlog';
import type { SqlRunner } from '../../common/sql';
import { iso, type Fold } from '../batch';
import { TABLES, upsert } from '../upsert';

/** Inspections (督查), their findings and the deductions they make. */
export const inspectionFold: Fold = {
  types: ['inspection.recorded', 'deduction.recorded'],
  apply(event, batch) {
    if (event.type === 'inspection.recorded') {
      const rows = inspectionRows(event.payload as InspectionRecorded, event.actor, event.occurredAt);
      batch.inspections.push(rows.inspection);
      batch.findings.push(...rows.findings);
    } else {
      batch.deductions.push(deductionRow(event.payload as DeductionRecorded));
    }
  },
};


export interface InspectionRow {
  inspection_id: string;
  district_id: string;
  kind: string;
  inspected_on: string;
  period: string;
  official_ids: string[];
  public_criticism: InspectionRecorded['publicCriticism'] | null;
  recorded_by: string;
  recorded_at: string;
}

export interface FindingRow {
  finding_id: string;
  inspection_id: string;
  district_id: string;
  ordinal: number;
  summary: string;
  official_id: string | null;
  event_position: string | null;
}

export interface DeductionRow {
  deduction_id: string;
  inspection_id: string;
  finding_id: string;
  district_id: string;
  official_id: string | null;
  points: number;
  reason: string;
  period: string;
}

export function inspectionRows(p: InspectionRecorded, actor: string, recordedAt: Date): { inspection: InspectionRow; findings: FindingRow[] } {
  return {
    inspection: {
      inspection_id: p.inspectionId,
      district_id: p.districtId,
      kind: p.kind,
      inspected_on: p.inspectedOn.slice(0, 10),
      period: p.period ?? p.inspectedOn.slice(0, 7),
      official_ids: p.officialIds,
      public_criticism: p.publicCriticism ?? null,
      recorded_by: actor,
      recorded_at: iso(recordedAt),
    },
    findings: p.findings.map((f, ordinal) => ({
      finding_id: f.findingId,
      inspection_id: p.inspectionId,
      district_id: p.districtId,
      ordinal,
      summary: f.summary,
      official_id: f.officialId,
      event_position: f.eventPosition,
    })),
  };
}

export function deductionRow(p: DeductionRecorded): DeductionRow {
  return {
    deduction_id: p.deductionId,
    inspection_id: p.inspectionId,
    finding_id: p.findingId,
    district_id: p.districtId,
    official_id: p.officialId,
    points: p.points,
    reason: p.reason,
    period: p.period,
  };
}

/** Inspections are written by the consumer and, at once, by the mutation that records one. */
export async function writeInspections(client: SqlRunner, inspections: InspectionRow[], findings: FindingRow[], deductions: DeductionRow[]): Promise<void> {
  await upsert(client, TABLES.inspection, inspections);
  await upsert(client, TABLES.finding, findings);
  await upsert(client, TABLES.deduction, deductions);
}
