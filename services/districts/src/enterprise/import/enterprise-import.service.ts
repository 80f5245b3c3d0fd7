import type { Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../../access/permissions';
import { enterpriseAddedEvent, EVENT_SOURCE } from '../../common/events';
import { nextTenantIds } from '../../common/ids';
import type { EnterpriseCommands } from '../enterprise.commands';
import { DUPLICATE_CREDIT_CODE, enterpriseProblems, normaliseCreditCode, normaliseText, type EnterpriseFields } from '../enterprise.rules';
import { EnterpriseSource } from '../enterprise.enums';
import { DEFAULT_LIMITS, flagCell, ImportTooLarge, kindCell, parseImportFile, sectorCell, sourceCell, type ParsedFile, type RawRow } from './import.parse';
import { ImportEnterprisesResult, type ImportEnterprisesInput, type ImportRejection } from './import.types';

/** The subgraph takes request bodies up to 1 MiB: a file of 700 KiB still fits once base64-encoded. */
export const MAX_FILE_BYTES = 700 * 1024;
export const MAX_ROWS = DEFAULT_LIMITS.maxRows;

/**
 * Imports a tenant's enterprise list from CSV or .xlsx, all or nothing per file: every row is
 * checked (fields, duplicates within the file, credit codes taken anywhere in the city) and every
 * rejection reported; only a file with none is written, one `enterprise.added` event per row.
 */
export class EnterpriseImport {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly enterprises: EnterpriseCommands,
  ) {}

  async run(input: ImportEnterprisesInput): Promise<ImportEnterprisesResult> {
    assertCan(this.caller, 'IMPORT_ENTERPRISES');
    const manager = await this.manager();
    await this.enterprises.assertTenant(manager, input.districtId);
    const file = await this.read(input);

    const rejected: ImportRejection[] = [];
    const reject = (row: RawRow, field: keyof EnterpriseFields | null, reason: string) =>
      rejected.push({ row: row.row, field, column: field ? (file.columns[field] ?? field) : null, reason });
    const candidates: Array<{ row: RawRow; fields: EnterpriseFields }> = [];
    const firstRowOfCode = new Map<string, number>();
    for (const row of file.rows) {
      const before = rejected.length;
      const fields = this.fieldsOf(row, reject);
      if (!fields) continue;
      for (const problem of enterpriseProblems(fields)) reject(row, problem.field, problem.message);
      if (fields.creditCode) {
        const first = firstRowOfCode.get(fields.creditCode);
        if (first !== undefined) reject(row, 'creditCode', `The same unified social credit code as row ${first}`);
        else firstRowOfCode.set(fields.creditCode, row.row);
      }
      if (rejected.length === before) candidates.push({ row, fields });
    }

    // Insert what passed inside a savepoint: a row the database skips has a credit code already
    // registered somewhere in the city. Kept only if the whole file is accepted and not a dry run.
    await manager.query('SAVEPOINT enterprise_import');
    const ids = candidates.length ? await nextTenantIds(manager, 'enterprise', input.districtId, 'E', candidates.length) : [];
    const inserted = candidates.length ? await this.enterprises.insert(manager, input.districtId, candidates.map((c, i) => ({ id: ids[i], ...c.fields }))) : [];
    const insertedIds = new Set(inserted.map((e) => e.id));
    candidates.forEach((candidate, i) => {
      if (!insertedIds.has(ids[i])) reject(candidate.row, 'creditCode', DUPLICATE_CREDIT_CODE);
    });
    rejected.sort((a, b) => a.row - b.row);

    const accepted = rejected.length === 0 && file.rows.length > 0;
    if (!accepted || input.dryRun) {
      await manager.query('ROLLBACK TO SAVEPOINT enterprise_import');
      const summary = !file.rows.length
        ? 'The file holds no data rows: nothing imported'
        : accepted
          ? `All ${file.rows.length} rows would be imported (dry run: nothing written)`
          : `${rejected.length} problem(s) in ${new Set(rejected.map((r) => r.row)).size} of ${file.rows.length} rows: nothing imported`;
      return Object.assign(new ImportEnterprisesResult(), { accepted, dryRun: input.dryRun, rowCount: file.rows.length, imported: 0, rejected, enterprises: [], summary });
    }
    await manager.query('RELEASE SAVEPOINT enterprise_import');
    const byId = new Map(inserted.map((e) => [e.id, e]));
    const enterprises = ids.map((id) => byId.get(id)!);
    await appendEvents(manager, EVENT_SOURCE, enterprises.map(enterpriseAddedEvent));
    return Object.assign(new ImportEnterprisesResult(), {
      accepted,
      dryRun: false,
      rowCount: file.rows.length,
      imported: enterprises.length,
      rejected,
      enterprises,
      summary: `All ${enterprises.length} rows imported`,
    });
  }

  private async read(input: ImportEnterprisesInput): Promise<ParsedFile> {
    const base64 = input.contentBase64.replace(/\s/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new BadUserInputError('contentBase64', 'The file is not base64-encoded');
    if (Math.floor((base64.length * 3) / 4) > MAX_FILE_BYTES + 2) {
      throw new BadUserInputError('contentBase64', `The file is larger than ${MAX_FILE_BYTES / 1024} KiB: split it into smaller files`, { limit: MAX_FILE_BYTES });
    }
    let file: ParsedFile;
    try {
      file = await parseImportFile(input.format, Buffer.from(base64, 'base64'), DEFAULT_LIMITS);
    } catch (error) {
      if (error instanceof ImportTooLarge) throw new BadUserInputError('contentBase64', error.message, { limit: error.limit });
      throw new BadUserInputError('contentBase64', `The file cannot be read as ${input.format}`);
    }
    if (!file.columns.name) throw new BadUserInputError('contentBase64', 'The file has no 企业名称 (name) column in its first row');
    return file;
  }

  /** A row's cells as fields, or null (with rejections) when an enumerated cell is not understood. */
  private fieldsOf(row: RawRow, reject: (row: RawRow, field: keyof EnterpriseFields, reason: string) => void): EnterpriseFields | null {
    const { cells } = row;
    const sector = sectorCell(cells.sector);
    const source = (cells.source ?? '').trim() ? sourceCell(cells.source) : EnterpriseSource.DISTRICT_SELECTED;
    const kind = kindCell(cells.kind);
    const aboveScale = flagCell(cells.aboveScale);
    let ok = true;
    const refuse = (field: keyof EnterpriseFields, reason: string) => {
      reject(row, field, reason);
      ok = false;
    };
    if (!sector) refuse('sector', (cells.sector ?? '').trim() ? `Unknown sector "${cells.sector!.trim()}" (工业, 商贸, 建筑, 科技, 文化, 旅游)` : 'The sector is missing');
    if (!source) refuse('source', `Unknown source "${cells.source!.trim()}" (市上确定 or 区县选取)`);
    if (!kind) refuse('kind', `Unknown kind "${cells.kind!.trim()}" (企业 or 项目)`);
    if (aboveScale === undefined) refuse('aboveScale', `"${cells.aboveScale!.trim()}" is not 是 or 否`);
    const fields: EnterpriseFields = {
      name: normaliseText(cells.name) ?? '',
      creditCode: normaliseCreditCode(cells.creditCode),
      sector: sector!,
      source: source!,
      aboveScale: aboveScale ?? false,
      kind: kind!,
      contactName: normaliseText(cells.contactName),
      contactPhone: normaliseText(cells.contactPhone),
    };
    if (!ok) {
      // Still report the other fields' problems, skipping the ones already named.
      for (const problem of enterpriseProblems({ ...fields, sector: sector ?? ('INDUSTRY' as never), source: source ?? ('DISTRICT_SELECTED' as never), kind: kind ?? ('ENTERPRISE' as never) })) {
        reject(row, problem.field, problem.message);
      }
      return null;
    }
    return fields;
  }
}
