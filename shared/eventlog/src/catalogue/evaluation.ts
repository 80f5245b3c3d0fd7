// ---- evaluation subgraph ---------------------------------------------------------------------

export interface InspectionRecorded {
  inspectionId: string;
  districtId: string;
  kind: 'CENTRALISED' | 'ANNOUNCED' | 'UNANNOUNCED' | 'FOLLOW_UP';
  inspectedOn: string;
  officialIds: string[];
  findings: { findingId: string; summary: string; officialId: string | null; eventPosition: string | null }[];
  /** A public criticism notice (通报批评) issued with the inspection, if any. */
  publicCriticism?: { title: string; text: string; officialIds: string[] } | null;
  /** The period the inspection's deductions count in (YYYY-MM); defaults to inspectedOn's month. */
  period?: string;
}

export interface DeductionRecorded {
  deductionId: string;
  inspectionId: string;
  findingId: string;
  districtId: string;
  officialId: string | null;
  points: number;
  reason: string;
  period: string;
}

/** The city office confirms the year's commendation list (表彰): outstanding 杰出 and excellent 优秀. */
export interface CommendationConfirmed {
  year: string;
  outstanding: { officialId: string; districtId: string; averageScore: number }[];
  excellent: { officialId: string; districtId: string; averageScore: number }[];
  /** The rules version whose quotas and threshold applied. */
  rulesVersion: number;
  note: string | null;
}

/** A month's scorecards and ranking frozen with the rules version they were computed under. */
export interface PeriodPublished {
  period: string;
  rulesVersion: number;
  automatic: boolean;
  scorecards: number;
  rankings: number;
}
