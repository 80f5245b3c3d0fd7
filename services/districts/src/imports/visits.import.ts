import { randomUUID } from 'node:crypto';
import type { Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { isDay, isPeriod, localPeriod } from '../common/calendar';
import { rows } from '../common/db-errors';
import { EVENT_SOURCE, visitRecordedEvent } from '../common/events';
import { enumCell } from '../enterprise/import/import.parse';
import { toVisit, visitColumns } from '../visit/visit.queries';
import { VisitMode } from '../visit/visit.types';
import { assertManagedTenant, importSummary, readImportFile, Rejections, trimmed } from './import.file';
import { ImportVisitsResult, type ImportVisitsInput } from './import.types';

type VisitField = 'visitedOn' | 'officialId' | 'enterpriseId' | 'mode' | 'summary' | 'handedOver';

/** The columns of the paper logbook (纪实手册) as offices copy it. */
const HEADERS: Record<string, VisitField> = {
  走访日期: 'visitedOn',
  日期: 'visitedOn',
  visitedon: 'visitedOn',
  干部编号: 'officialId',
  officialid: 'officialId',
  企业编号: 'enterpriseId',
  enterpriseid: 'enterpriseId',
  服务方式: 'mode',
  方式: 'mode',
  mode: 'mode',
  走访情况: 'summary',
  服务内容: 'summary',
  summary: 'summary',
  移交事项: 'handedOver',
  handedover: 'handedOver',
};
const MODES: Record<string, VisitMode> = { 走访: VisitMode.VISIT, 帮办: VisitMode.HELP, 陪办: VisitMode.ACCOMPANY, 代办: VisitMode.ON_BEHALF };

/**
 * Imports a past month's visits copied from the paper logbook (纪实手册), all or nothing per
 * file: every day in that month, the official paired with the enterprise on that day (the
 * pairing then, not now), a known mode, a summary, not the same visit twice (in the file or
 * already recorded). Only a file without any rejection is written, one `visit.recorded` each.
 */
export class VisitImport {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async run(input: ImportVisitsInput): Promise<ImportVisitsResult> {
    assertCan(this.caller, 'IMPORT_VISITS');
    const period = input.period.trim();
    if (!isPeriod(period)) throw new BadUserInputError('period', 'A period is a month, YYYY-MM');
    if (period >= localPeriod()) throw new BadUserInputError('period', 'A logbook is imported for a past month; this month is recorded visit by visit');
    const manager = await this.manager();
    await assertManagedTenant(manager, this.caller, input.districtId);
    const file = await readImportFile(input, HEADERS, [['visitedOn', '走访日期'], ['officialId', '干部编号'], ['enterpriseId', '企业编号'], ['summary', '走访情况']]);
    const rejections = new Rejections(file.columns);
    const pairings = await rows<{ official_id: string; enterprise_id: string; started_on: string; ended_on: string | null }>(
      manager,
      `SELECT official_id, enterprise_id, started_on::text, ended_on::text FROM districts.pairing
        WHERE district_id = $1 AND started_on <= ($2 || '-01')::date + interval '1 month' - interval '1 day' AND (ended_on IS NULL OR ended_on >= ($2 || '-01')::date)`,
      [input.districtId, period],
    );
    const recorded = new Set(
      (await rows<{ key: string }>(manager, `SELECT official_id || ' ' || enterprise_id || ' ' || visited_on::text AS key FROM districts.visit WHERE district_id = $1 AND to_char(visited_on, 'YYYY-MM') = $2`, [input.districtId, period])).map(
        (r) => r.key,
      ),
    );
    const firstRow = new Map<string, number>();
    const candidates: Array<{ visitedOn: string; officialId: string; enterpriseId: string; mode: VisitMode; summary: string; handedOver: string | null }> = [];
    for (const row of file.rows) {
      const before = rejections.list.length;
      const visitedOn = trimmed(row.cells.visitedOn);
      const officialId = trimmed(row.cells.officialId);
      const enterpriseId = trimmed(row.cells.enterpriseId);
      const summary = trimmed(row.cells.summary);
      const handedOver = trimmed(row.cells.handedOver) || null;
      const mode = trimmed(row.cells.mode) ? enumCell(row.cells.mode, MODES, VisitMode) : VisitMode.VISIT;
      if (!isDay(visitedOn)) rejections.reject(row.row, 'visitedOn', visitedOn ? `"${visitedOn}" is not a day (YYYY-MM-DD)` : 'The day is missing');
      else if (!visitedOn.startsWith(`${period}-`)) rejections.reject(row.row, 'visitedOn', `${visitedOn} is not in ${period}, the month this logbook is imported for`);
      if (!officialId) rejections.reject(row.row, 'officialId', 'The official is missing');
      if (!enterpriseId) rejections.reject(row.row, 'enterpriseId', 'The enterprise is missing');
      if (!mode) rejections.reject(row.row, 'mode', `Unknown mode "${trimmed(row.cells.mode)}" (走访, 帮办, 陪办 or 代办)`);
      if (!summary) rejections.reject(row.row, 'summary', 'Say what was done');
      else if (summary.length > 2000) rejections.reject(row.row, 'summary', 'The summary is longer than 2000 characters');
      if (handedOver && handedOver.length > 2000) rejections.reject(row.row, 'handedOver', 'handedOver is longer than 2000 characters');
      if (rejections.list.length === before) {
        const paired = pairings.some((p) => p.official_id === officialId && p.enterprise_id === enterpriseId && p.started_on <= visitedOn && (!p.ended_on || p.ended_on >= visitedOn));
        const key = `${officialId} ${enterpriseId} ${visitedOn}`;
        if (!paired) rejections.reject(row.row, 'officialId', `${officialId} was not paired with ${enterpriseId} on ${visitedOn}`);
        else if (recorded.has(key)) rejections.reject(row.row, 'visitedOn', 'This visit is already recorded');
        else if (firstRow.has(key)) rejections.reject(row.row, 'visitedOn', `The same visit as row ${firstRow.get(key)}`);
        else firstRow.set(key, row.row);
      }
      if (rejections.list.length === before) candidates.push({ visitedOn, officialId, enterpriseId, mode: mode!, summary, handedOver });
    }
    const rejected = rejections.sorted();
    const accepted = rejected.length === 0 && file.rows.length > 0;
    const result = (visits: ImportVisitsResult['visits']) =>
      Object.assign(new ImportVisitsResult(), {
        accepted,
        dryRun: input.dryRun,
        period,
        rowCount: file.rows.length,
        imported: visits.length,
        rejected,
        visits,
        summary: importSummary(file.rows.length, rejected, input.dryRun, visits.length),
      });
    if (!accepted || input.dryRun) return result([]);

    const ids = candidates.map(() => randomUUID());
    const inserted = await rows(
      manager,
      `WITH i AS (
         INSERT INTO districts.visit (id, district_id, enterprise_id, official_id, visited_on, mode, summary, handed_over, recorded_by)
         SELECT t.id, $1, t.enterprise_id, t.official_id, t.visited_on, t.mode, t.summary, t.handed_over, $2
           FROM unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[]) WITH ORDINALITY
                AS t(id, enterprise_id, official_id, visited_on, mode, summary, handed_over, n)
          ORDER BY t.n
         RETURNING *)
       SELECT ${visitColumns('i')} FROM i`,
      [
        input.districtId,
        this.caller.sub,
        ids,
        candidates.map((c) => c.enterpriseId),
        candidates.map((c) => c.officialId),
        candidates.map((c) => c.visitedOn),
        candidates.map((c) => c.mode),
        candidates.map((c) => c.summary),
        candidates.map((c) => c.handedOver),
      ],
    );
    const byId = new Map(inserted.map((row) => [row.id as string, toVisit(row)]));
    const visits = ids.map((id) => byId.get(id)!);
    await appendEvents(
      manager,
      EVENT_SOURCE,
      visits.map((visit) =>
        visitRecordedEvent({ visitId: visit.id, districtId: visit.districtId, officialId: visit.officialId, enterpriseId: visit.enterpriseId, visitedOn: visit.visitedOn, period: visit.period, mode: visit.mode }),
      ),
    );
    return result(visits);
  }
}
