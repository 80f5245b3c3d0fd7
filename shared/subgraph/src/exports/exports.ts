import type http from 'node:http';
import type { Caller, TokenVerifier } from '@qinshang/auth';
import type { z } from '@qinshang/config';
import { RequestDb, tenantSettingsFor } from '@qinshang/database';
import { clientExtensions, DomainError, ErrorCode } from '@qinshang/errors';
import type { Logger } from '@qinshang/logging';
import type { DataSource } from 'typeorm';
import type { ExportColumn, ExportSheet } from './columns';
import { CONTENT_TYPES, csvWriter, writeSheets, xlsxWriter, type ExportFormat } from './writers';

/**
 * One export (`GET /exports/<name>.xlsx` and `.csv`): who may ask, the filters it takes (the same
 * as the matching GraphQL query's, as URL parameters), the columns, and the one SELECT behind it.
 * The SELECT runs in the caller's own transaction and scope, so row-level security decides what
 * is in the file exactly as it does for the query; add the service's visibility rules to it.
 */
export interface ExportDefinition<Filters = any, Row = any> {
  /** The URL name: `/exports/<name>.xlsx`. */
  name: string;
  /** The sheet's name and the file's (Chinese), e.g. 问题台账. */
  title: string;
  /** The URL parameters; a strict object, so an unknown parameter is refused too. */
  filters: z.ZodType<Filters, z.ZodTypeDef, unknown>;
  /** Throws FORBIDDEN (the service's `assertCan`) for a role the export does not admit. */
  admit: (caller: Caller) => void;
  /** The columns of a list (`query` or `load`); a report of several parts gives its `sheets` instead. */
  columns?: ExportColumn<Row>[];
  /** The one SELECT behind it, streamed from a cursor: for lists of any length (the ledger). */
  query?: (caller: Caller, filters: Filters) => { sql: string; values: unknown[] };
  /**
   * Or the rows as the service's own queries compute them, in the caller's transaction: for
   * lists bounded by nature (a month's scorecards, 21 tenants' ranking) that are not one SELECT.
   */
  load?: (db: RequestDb, caller: Caller, filters: Filters) => Promise<Row[]>;
  /**
   * Or a report of several parts (the bulletin), each with its own columns, computed in the
   * caller's transaction: a worksheet each in .xlsx, a section each in .csv.
   */
  sheets?: (db: RequestDb, caller: Caller, filters: Filters) => Promise<ExportSheet[]>;
  /** What the file is called beyond its title: a tenant, a month. */
  fileSuffix?: (filters: Filters) => string | undefined;
}

/** Types an export's filters against its rows (a definition is then kept as an ExportDefinition). */
export function defineExport<Filters, Row>(definition: ExportDefinition<Filters, Row>): ExportDefinition<Filters, Row> {
  return definition;
}

export interface ExportServerOptions {
  exports: ExportDefinition[];
  dataSource: DataSource;
  verify: TokenVerifier;
  logger: Logger;
  /** Rows fetched from the cursor at a time (and written before the next fetch). */
  batchSize?: number;
}

export const EXPORTS_PATH = /^\/exports\/([a-z][a-z0-9-]*)\.(xlsx|csv)$/;
const CURSOR = 'qinshang_export';

/**
 * Serves a subgraph's exports. Rows are streamed from a server-side cursor in one transaction
 * carrying the caller's tenant settings, a batch at a time,
 * waiting for the connection to take each batch: memory is bounded whatever the row count.
 * Refusals are JSON, as GraphQL errors are: 401 without a token, 403 for a role not admitted,
 * 400 BAD_USER_INPUT naming the parameter, 404 for an unknown export.
 */
export function exportHandler(options: ExportServerOptions) {
  const byName = new Map(options.exports.map((definition) => [definition.name, definition]));
  const batchSize = options.batchSize ?? 500;
  return async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    const match = EXPORTS_PATH.exec(url.pathname);
    const definition = match ? byName.get(match[1]) : undefined;
    if (!match || !definition) return refuse(res, 404, ErrorCode.NOT_FOUND, `There is no export ${url.pathname}`, {});
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, ErrorCode.BAD_USER_INPUT, 'Exports are read with GET', { field: 'method' });
    const format = match[2] as ExportFormat;
    let caller: Caller;
    try {
      caller = await options.verify(req.headers.authorization);
    } catch (error) {
      return refuse(res, 401, ErrorCode.UNAUTHENTICATED, error instanceof DomainError ? error.message : 'A valid bearer token is required', {});
    }
    let filters: unknown;
    try {
      definition.admit(caller);
      filters = parseFilters(definition, url.searchParams);
    } catch (error) {
      if (error instanceof DomainError) return refuse(res, statusOf(error.code), error.code, error.message, error.details);
      throw error;
    }
    const started = Date.now();
    const db = new RequestDb(options.dataSource, tenantSettingsFor(caller));
    let rows = 0;
    let committed = false;
    try {
      // Declared (or loaded) before anything is sent: a failing statement is still answered as an error.
      const sheets = definition.sheets ? await definition.sheets(db, caller, filters) : null;
      const loaded = !sheets && definition.load ? await definition.load(db, caller, filters) : null;
      if (!sheets && !loaded) {
        const { sql, values } = definition.query!(caller, filters);
        await db.query(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${sql}`, values);
      }
      const suffix = definition.fileSuffix?.(filters);
      const fileName = `${definition.title}${suffix ? `-${suffix}` : ''}.${format}`;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${definition.name}.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') return void res.end();
      // A caller that goes away mid-file: the loop below stops at its next batch; nothing throws.
      res.on('error', (error) => options.logger.warn({ err: error, export: definition.name }, 'export connection failed'));
      if (sheets) {
        rows = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
        await writeSheets(res, format, sheets);
      }
      const columns = definition.columns ?? [];
      const writer = sheets ? null : format === 'xlsx' ? xlsxWriter(res, definition.title, columns) : csvWriter(res, columns);
      for (let offset = 0; writer; offset += batchSize) {
        const batch = loaded ? loaded.slice(offset, offset + batchSize) : await db.query(`FETCH ${batchSize} FROM ${CURSOR}`);
        if (!batch.length || res.destroyed) break;
        rows += batch.length;
        await writer.rows(batch);
      }
      if (writer && !res.destroyed) await writer.end();
      // What a read may have written on the way (a month published on first request) is kept.
      await db.finish(true);
      committed = true;
      options.logger.info({ export: definition.name, format, rows, ms: Date.now() - started, sub: caller.sub, role: caller.role }, 'export');
    } catch (error) {
      // A refusal of the service's own (another tenant's bulletin: FORBIDDEN) is answered as its query's would be.
      if (error instanceof DomainError && error.code !== ErrorCode.INTERNAL_SERVER_ERROR && !res.headersSent) {
        return refuse(res, statusOf(error.code), error.code, error.message, error.details);
      }
      options.logger.error({ err: error, export: definition.name, rows }, 'export failed');
      // Once the file has begun, the only honest signal left is to cut it short.
      if (res.headersSent) res.destroy(error as Error);
      else refuse(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', {});
    } finally {
      if (!committed) await db.finish(false).catch(() => undefined);
    }
  };
}

/** URL parameters as the export's filters: a repeated parameter is a list. */
function parseFilters(definition: ExportDefinition, params: URLSearchParams): unknown {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const parsed = definition.filters.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0] ?? 'query');
  const message = issue.code === 'unrecognized_keys' ? `The export ${definition.name} takes no parameter ${field}` : `${field}: ${issue.message}`;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
}

function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    default:
      return 500;
  }
}

function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string, details: Record<string, unknown>): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: clientExtensions(code, details) }] }));
}
