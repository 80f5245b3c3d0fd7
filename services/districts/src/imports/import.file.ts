import { BadUserInputError, NotFoundError } from '@qinshang/errors';
import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { managesTenant } from '../access/permissions';
import { DEFAULT_LIMITS, ImportTooLarge, parseTableFile, type ImportFormat, type ParsedTable } from '../enterprise/import/import.parse';
import { MAX_FILE_BYTES } from '../enterprise/import/enterprise-import.commands';
import type { ImportRejection } from '../enterprise/import/import.types';

/**
 * What every import beyond the enterprise list shares with it: the file (base64, CSV or .xlsx,
 * at most 700 KiB and 5,000 rows, streamed), its header texts mapped to fields, and rejections
 * named by row, column (as the file's header says it) and reason. All or nothing: the commands
 * write only a file with no rejection, and a dry run writes nothing.
 */
export interface ImportFileInput {
  districtId: string;
  format: ImportFormat;
  contentBase64: string;
  dryRun: boolean;
}

export async function readImportFile<F extends string>(input: ImportFileInput, headers: Record<string, F>, required: Array<[F, string]>): Promise<ParsedTable<F>> {
  const base64 = input.contentBase64.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new BadUserInputError('contentBase64', 'The file is not base64-encoded');
  if (Math.floor((base64.length * 3) / 4) > MAX_FILE_BYTES + 2) {
    throw new BadUserInputError('contentBase64', `The file is larger than ${MAX_FILE_BYTES / 1024} KiB: split it into smaller files`, { limit: MAX_FILE_BYTES });
  }
  let file: ParsedTable<F>;
  try {
    file = await parseTableFile(input.format, Buffer.from(base64, 'base64'), headers, DEFAULT_LIMITS);
  } catch (error) {
    if (error instanceof ImportTooLarge) throw new BadUserInputError('contentBase64', error.message, { limit: error.limit });
    throw new BadUserInputError('contentBase64', `The file cannot be read as ${input.format}`);
  }
  for (const [field, label] of required) {
    if (!file.columns[field]) throw new BadUserInputError('contentBase64', `The file has no ${label} (${field}) column in its first row`);
  }
  return file;
}

/** Every rejection of a file, each naming the row and the column as the file's header spells it. */
export class Rejections<F extends string> {
  readonly list: ImportRejection[] = [];
  constructor(private readonly columns: Partial<Record<F, string>>) {}

  reject(row: number, field: F | null, reason: string): void {
    this.list.push({ row, field, column: field ? (this.columns[field] ?? field) : null, reason });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  sorted(): ImportRejection[] {
    return [...this.list].sort((a, b) => a.row - b.row);
  }
}

/** The one line a person reads: what happened to the file. */
export function importSummary(rowCount: number, rejected: ImportRejection[], dryRun: boolean, imported: number): string {
  if (!rowCount) return 'The file holds no data rows: nothing imported';
  if (rejected.length) return `${rejected.length} problem(s) in ${new Set(rejected.map((r) => r.row)).size} of ${rowCount} rows: nothing imported`;
  return dryRun ? `All ${rowCount} rows would be imported (dry run: nothing written)` : `All ${imported} rows imported`;
}

/** The tenant must be the caller's to manage and exist (another tenant's is NOT_FOUND). */
export async function assertManagedTenant(manager: EntityManager, caller: Caller, districtId: string): Promise<void> {
  if (!managesTenant(caller, districtId)) throw new NotFoundError('District', districtId);
  const [district] = (await manager.query('SELECT id FROM districts.district WHERE id = $1', [districtId])) as unknown[];
  if (!district) throw new NotFoundError('District', districtId);
}

export const trimmed = (text: string | undefined): string => (text ?? '').trim();
