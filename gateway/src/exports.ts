import http from 'node:http';
import type { TokenVerifier } from '@qinshang/auth';
import { DomainError, ErrorCode } from '@qinshang/errors';
import type { Logger } from '@qinshang/logging';
import type { SubgraphName } from './config';

/**
 * Which subgraph serves each export at `/exports/<name>.xlsx|csv`: the one that owns the rows.
 * A new export is a definition in its subgraph (`src/exports/`) and one line here.
 */
export const EXPORT_OWNERS: Record<string, SubgraphName> = {
  ledger: 'issues',
  enterprises: 'districts',
  visits: 'districts',
  excuses: 'districts',
  reports: 'districts',
  scorecards: 'evaluation',
  rankings: 'evaluation',
  inspections: 'evaluation',
  deductions: 'evaluation',
  bulletin: 'evaluation',
};

export const EXPORTS_PREFIX = '/exports/';
const EXPORT_PATH = /^\/exports\/([a-z][a-z0-9-]*)\.(xlsx|csv)$/;
/** What the subgraph's answer may carry back to the caller. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'x-content-type-options', 'content-length'];

export interface ExportProxyOptions {
  verify: TokenVerifier;
  subgraphUrls: Record<SubgraphName, string>;
  logger: Logger;
}

/**
 * Routes `/exports/<name>` to the subgraph that owns it and streams the answer back as it comes
 * (nothing buffered: a file of 100,000 rows passes through in the socket's buffers). The token is
 * verified here first (401 before anything is forwarded) and again by the subgraph, which decides
 * the role (403), the filters (400) and, through row-level security, the rows.
 */
export function createExportProxy(options: ExportProxyOptions) {
  return async function proxy(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const match = EXPORT_PATH.exec(url.pathname);
    const owner = match ? EXPORT_OWNERS[match[1]] : undefined;
    try {
      await options.verify(req.headers.authorization);
    } catch (error) {
      return send(res, 401, ErrorCode.UNAUTHENTICATED, error instanceof DomainError ? error.message : 'A valid bearer token is required');
    }
    if (!owner) return send(res, 404, ErrorCode.NOT_FOUND, `There is no export ${url.pathname}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, ErrorCode.BAD_USER_INPUT, 'Exports are read with GET', 'method');
    const target = new URL(url.pathname + url.search, options.subgraphUrls[owner]);
    const headers: http.OutgoingHttpHeaders = { authorization: req.headers.authorization };
    if (req.headers['x-request-id']) headers['x-request-id'] = req.headers['x-request-id'];
    const upstream = http.request(target, { method: req.method, headers });
    // The caller went away: stop the subgraph's work too (its cursor's transaction ends).
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.once('response', (answer) => {
      const passed: http.OutgoingHttpHeaders = {};
      for (const name of PASSED_HEADERS) if (answer.headers[name] !== undefined) passed[name] = answer.headers[name];
      res.writeHead(answer.statusCode ?? 502, passed);
      answer.pipe(res);
      // A file cut short upstream is cut short here too, never ended as if it were whole.
      answer.once('aborted', () => res.destroy());
      answer.once('error', () => res.destroy());
    });
    upstream.once('error', (error) => {
      options.logger.error({ err: error, export: match?.[1], owner }, 'export failed upstream');
      if (!res.headersSent) send(res, 502, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else res.destroy();
    });
    upstream.end();
  };
}

function send(res: http.ServerResponse, status: number, code: ErrorCode, message: string, field?: string) {
  if (res.headersSent) return void res.destroy();
  const extensions = field ? { code, field } : { code };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions }] }));
}
