import { Role, type Caller } from '@qinshang/auth';
import { keysetPage } from '@qinshang/subgraph';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { rows } from '../common/sql';
import type { InspectionFilter } from './dto/inspection.input';
import type { Deduction, Finding, Inspection, InspectionConnection, InspectionKind, SuggestedFinding } from './inspection.type';

interface InspectionRecord {
  inspection_id: string;
  district_id: string;
  kind: string;
  inspected_on: string;
  period: string;
  official_ids: string[];
  public_criticism: Inspection['publicCriticism'];
  recorded_by: string;
  recorded_at: Date;
}


export class InspectionQueries {
  constructor(
    readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
  ) {}

  async list(filter: InspectionFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<InspectionConnection> {
    assertCan(this.caller, 'READ_INSPECTIONS');
    const manager = await this.manager();
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // A district office sees its own tenant's inspections only (row-level security agrees).
    if (this.caller.role === Role.DISTRICT_ADMIN) where.push(`i.district_id = ${add(this.caller.districtId ?? null)}`);
    if (filter?.districtId) where.push(`i.district_id = ${add(filter.districtId)}`);
    if (filter?.kind) where.push(`i.kind = ${add(filter.kind)}`);
    if (filter?.period) where.push(`i.period = ${add(filter.period)}`);
    if (filter?.officialId) {
      const id = add(filter.officialId);
      where.push(`(${id} = ANY(i.official_ids) OR EXISTS (SELECT 1 FROM evaluation.finding f WHERE f.inspection_id = i.inspection_id AND f.official_id = ${id}))`);
    }
    const base = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await rows<{ count: number }>(manager, `SELECT count(*)::int AS count FROM evaluation.inspection i ${base}`, params);
    const pageWhere = [...where];
    const keyset = keysetPage({ columns: ['i.inspected_on', 'i.inspection_id'], casts: ['date', null], order: 'DESC' }, { first, after, fallback: 20 }, add);
    if (keyset.after) pageWhere.push(keyset.after);
    const ids = await rows<{ inspection_id: string; inspected_on: string }>(
      manager,
      `SELECT i.inspection_id, to_char(i.inspected_on, 'YYYY-MM-DD') AS inspected_on FROM evaluation.inspection i
        ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
        ${keyset.orderAndLimit}`,
      params,
    );
    const page = keyset.page(ids, (r) => [r.inspected_on, r.inspection_id]);
    const loaded = new Map((await this.load(manager, page.rows.map((r) => r.inspection_id))).map((i) => [i.id, i]));
    const edges = page.rows.map((r, index) => ({ cursor: page.cursors[index], node: loaded.get(r.inspection_id)! }));
    return { totalCount: count, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, edges };
  }

  async suggestedFindings(districtId: string | null | undefined): Promise<SuggestedFinding[]> {
    assertCan(this.caller, 'READ_SUGGESTED_FINDINGS');
    if (this.caller.role === Role.DISTRICT_ADMIN && districtId && districtId !== this.caller.districtId) return [];
    const manager = await this.manager();
    const found = await rows<{ district_id: string; issue_id: string; ledger_no: string; official_id: string | null; positions: string[]; recorded: boolean }>(
      manager,
      `SELECT r.district_id, r.issue_id, max(r.ledger_no) AS ledger_no, (array_agg(r.official_id ORDER BY r.position DESC))[1] AS official_id,
              array_agg(r.position::text ORDER BY r.position) AS positions,
              EXISTS (SELECT 1 FROM evaluation.finding f WHERE f.event_position = ANY(array_agg(r.position))) AS recorded
         FROM evaluation.issue_return r
        WHERE r.without_reason AND ($1::text IS NULL OR r.district_id = $1)
        GROUP BY r.district_id, r.issue_id
       HAVING count(*) >= 2
        ORDER BY r.district_id, min(r.position)`,
      [districtId ?? null],
    );
    return found.map((r) => ({
      kind: 'BUCK_PASSING',
      districtId: r.district_id,
      issueId: r.issue_id,
      ledgerNo: r.ledger_no,
      officialId: r.official_id,
      summary: `推诿扯皮: problem ${r.ledger_no} was returned ${r.positions.length} times without a reason`,
      eventPositions: r.positions,
      alreadyRecorded: r.recorded,
    }));
  }

  async load(manager: EntityManager, ids: readonly string[]): Promise<Inspection[]> {
    if (!ids.length) return [];
    const [inspections, findings, deductions] = await Promise.all([
      rows<InspectionRecord>(
        manager,
        `SELECT inspection_id, district_id, kind, to_char(inspected_on, 'YYYY-MM-DD') AS inspected_on, period, official_ids, public_criticism, recorded_by, recorded_at
           FROM evaluation.inspection WHERE inspection_id = ANY($1)`,
        [ids],
      ),
      rows<{ finding_id: string; inspection_id: string; summary: string; official_id: string | null; event_position: string | null; issue_id: string | null; event_type: string | null }>(
        manager,
        `SELECT f.finding_id, f.inspection_id, f.summary, f.official_id, f.event_position::text AS event_position,
                CASE WHEN e.stream_type = 'issue' THEN e.stream_id END AS issue_id, e.type AS event_type
           FROM evaluation.finding f LEFT JOIN eventlog.event e ON e.position = f.event_position
          WHERE f.inspection_id = ANY($1) ORDER BY f.ordinal`,
        [ids],
      ),
      rows<{ deduction_id: string; inspection_id: string; finding_id: string; district_id: string; official_id: string | null; points: string; reason: string; period: string }>(
        manager,
        'SELECT deduction_id, inspection_id, finding_id, district_id, official_id, points::text AS points, reason, period FROM evaluation.deduction WHERE inspection_id = ANY($1) ORDER BY deduction_id',
        [ids],
      ),
    ]);
    const deductionsOf = new Map<string, Deduction[]>();
    for (const d of deductions) {
      const list = deductionsOf.get(d.finding_id) ?? [];
      list.push({ id: d.deduction_id, inspectionId: d.inspection_id, findingId: d.finding_id, districtId: d.district_id, officialId: d.official_id, points: Number(d.points), reason: d.reason, period: d.period });
      deductionsOf.set(d.finding_id, list);
    }
    const findingsOf = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = findingsOf.get(f.inspection_id) ?? [];
      list.push({ id: f.finding_id, summary: f.summary, officialId: f.official_id, eventPosition: f.event_position, issueId: f.issue_id, eventType: f.event_type, deductions: deductionsOf.get(f.finding_id) ?? [] });
      findingsOf.set(f.inspection_id, list);
    }
    const byId = new Map(
      inspections.map((i) => {
        const own = findingsOf.get(i.inspection_id) ?? [];
        return [
          i.inspection_id,
          {
            id: i.inspection_id,
            districtId: i.district_id,
            district: { id: i.district_id },
            kind: i.kind as InspectionKind,
            inspectedOn: i.inspected_on,
            period: i.period,
            officialIds: i.official_ids,
            officials: i.official_ids.map((id) => ({ id })),
            findings: own,
            deductionTotal: own.reduce((sum, f) => sum + f.deductions.reduce((s, d) => s + d.points, 0), 0),
            publicCriticism: i.public_criticism ?? null,
            recordedBy: i.recorded_by,
            recordedAt: new Date(i.recorded_at).toISOString(),
          } satisfies Inspection,
        ];
      }),
    );
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }
}


