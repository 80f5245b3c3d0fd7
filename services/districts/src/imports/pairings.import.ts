import type { Caller } from '@qinshang/auth';
import { BadUserInputError, DomainError } from '@qinshang/errors';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { rows } from '../common/db-errors';
import type { Pairing } from '../pairing/pairing.entity';
import type { PairingCommands } from '../pairing/pairing.commands';
import { assertManagedTenant, importSummary, readImportFile, Rejections, trimmed } from './import.file';
import { ImportPairingsResult, type ImportPairingsInput } from './import.types';

type PairingField = 'enterpriseId' | 'creditCode' | 'officialId' | 'startedOn' | 'reason';

/** The headers of a pairing list (结对名单): the enterprise by id or credit code, the official by id. */
const HEADERS: Record<string, PairingField> = {
  企业编号: 'enterpriseId',
  enterpriseid: 'enterpriseId',
  统一社会信用代码: 'creditCode',
  信用代码: 'creditCode',
  creditcode: 'creditCode',
  干部编号: 'officialId',
  officialid: 'officialId',
  结对日期: 'startedOn',
  开始日期: 'startedOn',
  startedon: 'startedOn',
  原因: 'reason',
  备注: 'reason',
  reason: 'reason',
};

/** What a refusal of `pair` names, as this file's field. */
const FIELD_OF: Record<string, PairingField> = { enterpriseId: 'enterpriseId', officialId: 'officialId', startedOn: 'startedOn', reason: 'reason' };

/**
 * Imports pairings (一对一) from CSV or .xlsx, all or nothing per file. Each row is one
 * `pairOfficial`, with its rules (the same tenant, not in the future, ending the pairings either
 * side has now, pairing.started / pairing.ended events), taken in file order inside a savepoint:
 * every row's refusal is reported by row and column, and only a file without any is kept.
 */
export class PairingImport {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly pairings: PairingCommands,
  ) {}

  async run(input: ImportPairingsInput): Promise<ImportPairingsResult> {
    assertCan(this.caller, 'IMPORT_PAIRINGS');
    const manager = await this.manager();
    await assertManagedTenant(manager, this.caller, input.districtId);
    const file = await readImportFile(input, HEADERS, [['officialId', '干部编号']]);
    if (!file.columns.enterpriseId && !file.columns.creditCode) {
      throw new BadUserInputError('contentBase64', 'The file has no 企业编号 (enterpriseId) or 统一社会信用代码 (creditCode) column in its first row');
    }
    const rejections = new Rejections(file.columns);
    const byCode = new Map(
      (await rows<{ id: string; credit_code: string }>(manager, 'SELECT id, credit_code FROM districts.enterprise WHERE district_id = $1 AND credit_code IS NOT NULL', [input.districtId])).map((r) => [
        r.credit_code,
        r.id,
      ]),
    );
    const tenantOf = async (table: 'enterprise' | 'official', id: string) =>
      (await rows<{ district_id: string }>(manager, `SELECT district_id FROM districts.${table} WHERE id = $1`, [id]))[0]?.district_id;

    const firstRow = { enterprise: new Map<string, number>(), official: new Map<string, number>() };
    const created: Pairing[] = [];
    await manager.query('SAVEPOINT pairing_import');
    for (const row of file.rows) {
      const code = trimmed(row.cells.creditCode).toUpperCase();
      const enterpriseId = trimmed(row.cells.enterpriseId) || (code ? byCode.get(code) : undefined);
      const officialId = trimmed(row.cells.officialId);
      const before = rejections.list.length;
      if (!enterpriseId) rejections.reject(row.row, code ? 'creditCode' : 'enterpriseId', code ? `No enterprise of the tenant has the credit code ${code}` : 'The enterprise is missing');
      else if ((await tenantOf('enterprise', enterpriseId)) !== input.districtId) rejections.reject(row.row, 'enterpriseId', `${enterpriseId} is not on the tenant's list`);
      if (!officialId) rejections.reject(row.row, 'officialId', 'The official is missing');
      else if ((await tenantOf('official', officialId)) !== input.districtId) rejections.reject(row.row, 'officialId', `${officialId} is not one of the tenant's officials`);
      for (const [side, id, field] of [['enterprise', enterpriseId, 'enterpriseId'], ['official', officialId, 'officialId']] as const) {
        if (!id) continue;
        const first = firstRow[side].get(id);
        if (first !== undefined) rejections.reject(row.row, field, `The same ${side} as row ${first}: one pairing each per file`);
        else firstRow[side].set(id, row.row);
      }
      if (rejections.list.length !== before) continue;
      await manager.query('SAVEPOINT pairing_row');
      try {
        const change = await this.pairings.pair({ enterpriseId: enterpriseId!, officialId, startedOn: trimmed(row.cells.startedOn) || null, reason: trimmed(row.cells.reason) || null });
        await manager.query('RELEASE SAVEPOINT pairing_row');
        created.push(change.pairing);
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT pairing_row');
        if (!(error instanceof DomainError)) throw error;
        rejections.reject(row.row, FIELD_OF[String(error.details.field)] ?? 'enterpriseId', error.message);
      }
    }
    const rejected = rejections.sorted();
    const accepted = rejected.length === 0 && file.rows.length > 0;
    const keep = accepted && !input.dryRun;
    await manager.query(keep ? 'RELEASE SAVEPOINT pairing_import' : 'ROLLBACK TO SAVEPOINT pairing_import');
    const pairings = keep ? created : [];
    return Object.assign(new ImportPairingsResult(), {
      accepted,
      dryRun: input.dryRun,
      rowCount: file.rows.length,
      imported: pairings.length,
      rejected,
      pairings,
      summary: importSummary(file.rows.length, rejected, input.dryRun, pairings.length),
    });
  }
}
