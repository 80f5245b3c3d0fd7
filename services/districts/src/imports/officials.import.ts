import type { Caller } from '@qinshang/auth';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { rows } from '../common/db-errors';
import { EVENT_SOURCE, officialAddedEvent } from '../common/events';
import { nextTenantIds } from '../common/ids';
import { normaliseText } from '../enterprise/enterprise.rules';
import { officialColumns, toOfficial } from '../official/official.queries';
import { assertManagedTenant, importSummary, readImportFile, Rejections } from './import.file';
import { ImportOfficialsResult, type ImportOfficialsInput } from './import.types';

type OfficialField = 'name' | 'title' | 'departmentName';

/** The headers offices use for their list of officials (助企干部名单), Chinese or English. */
const HEADERS: Record<string, OfficialField> = {
  姓名: 'name',
  干部姓名: 'name',
  name: 'name',
  职务: 'title',
  title: 'title',
  单位: 'departmentName',
  所在单位: 'departmentName',
  工作单位: 'departmentName',
  departmentname: 'departmentName',
  department: 'departmentName',
};

/**
 * Imports a tenant's officials (助企干部) from CSV or .xlsx, all or nothing per file: every row is
 * checked (a name, lengths, the same person twice in the file, or already on the tenant's list
 * with the same department) and every rejection reported; only a file with none is written, one
 * `official.added` event per row, in the same transaction.
 */
export class OfficialImport {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async run(input: ImportOfficialsInput): Promise<ImportOfficialsResult> {
    assertCan(this.caller, 'IMPORT_OFFICIALS');
    const manager = await this.manager();
    await assertManagedTenant(manager, this.caller, input.districtId);
    const file = await readImportFile(input, HEADERS, [['name', '姓名']]);
    const rejections = new Rejections(file.columns);
    const existing = new Map(
      (await rows(manager, 'SELECT id, name, coalesce(department_name, \'\') AS department FROM districts.official WHERE district_id = $1', [input.districtId])).map(
        (row) => [`${row.name}\u0000${row.department}`, row.id as string],
      ),
    );
    const seen = new Map<string, number>();
    const candidates: Array<{ name: string; title: string | null; departmentName: string | null }> = [];
    for (const row of file.rows) {
      const before = rejections.list.length;
      const name = normaliseText(row.cells.name);
      const title = normaliseText(row.cells.title);
      const departmentName = normaliseText(row.cells.departmentName);
      if (!name) rejections.reject(row.row, 'name', 'The name is missing');
      else if (name.length > 100) rejections.reject(row.row, 'name', 'The name is longer than 100 characters');
      if (title && title.length > 100) rejections.reject(row.row, 'title', 'The title is longer than 100 characters');
      if (departmentName && departmentName.length > 200) rejections.reject(row.row, 'departmentName', 'The department name is longer than 200 characters');
      if (name) {
        const key = `${name}\u0000${departmentName ?? ''}`;
        const first = seen.get(key);
        if (first !== undefined) rejections.reject(row.row, 'name', `The same official (name and department) as row ${first}`);
        else seen.set(key, row.row);
        const id = existing.get(key);
        if (id) rejections.reject(row.row, 'name', `Already on the tenant's list as ${id}`);
      }
      if (rejections.list.length === before) candidates.push({ name: name!, title, departmentName });
    }
    const rejected = rejections.sorted();
    const accepted = rejected.length === 0 && file.rows.length > 0;
    const result = (imported: ImportOfficialsResult['officials']) =>
      Object.assign(new ImportOfficialsResult(), {
        accepted,
        dryRun: input.dryRun,
        rowCount: file.rows.length,
        imported: imported.length,
        rejected,
        officials: imported,
        summary: importSummary(file.rows.length, rejected, input.dryRun, imported.length),
      });
    if (!accepted || input.dryRun) return result([]);

    const ids = await nextTenantIds(manager, 'official', input.districtId, 'O', candidates.length);
    const inserted = await rows(
      manager,
      `WITH i AS (
         INSERT INTO districts.official (id, district_id, name, title, department_name)
         SELECT id, $1, name, title, department FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, name, title, department)
         RETURNING *)
       SELECT ${officialColumns('i')} FROM i ORDER BY i.id`,
      [input.districtId, ids, candidates.map((c) => c.name), candidates.map((c) => c.title), candidates.map((c) => c.departmentName)],
    );
    const officials = inserted.map(toOfficial);
    await appendEvents(manager, EVENT_SOURCE, officials.map(officialAddedEvent));
    return result(officials);
  }
}
