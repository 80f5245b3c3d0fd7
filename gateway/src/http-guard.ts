import type http from 'node:http';
import type { Caller, TokenVerifier } from '@qinshang/auth';
import { DomainError, ErrorCode } from '@qinshang/errors';

export interface GuardOptions {
  verify: TokenVerifier;
  maxBodyBytes: number;
  corsOrigins: string[];
}

type Refusal = { status: number; message: string; code: ErrorCode; field?: string; limit?: number };

/** What the guard found: the caller, and the body it read (handed to the runtime as it is). */
export interface Admitted {
  caller: Caller;
  body?: Buffer;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * What the gateway checks on a GraphQL request before the runtime reads a byte of it:
 *  - a bearer token that verifies (an anonymous caller gets UNAUTHENTICATED, its document unread);
 *  - a POST body of JSON only: a form or multipart POST is what a browser sends cross-site
 *    without a preflight, so it is refused (415), and every request carries Authorization,
 *    which no browser sends cross-site without a preflight the CORS allow-list answers;
 *  - a body no larger than MAX_BODY_BYTES (413), counted as it arrives, whatever Content-Length says.
 * A refused request's body is drained when it is small enough, so the connection stays usable;
 * otherwise the connection is closed after the answer, never reset under the next request.
 */
export async function admit(req: http.IncomingMessage, res: http.ServerResponse, options: GuardOptions): Promise<Admitted | null> {
  const refuse = (refusal: Refusal) => {
    send(req, res, refusal, options);
    return null;
  };
  let caller: Caller;
  try {
    caller = await options.verify(req.headers.authorization);
  } catch (error) {
    const message = error instanceof DomainError ? error.message : 'A valid bearer token is required';
    return refuse({ status: 401, code: ErrorCode.UNAUTHENTICATED, message });
  }
  if (req.method === 'GET' || req.method === 'HEAD') return { caller };
  if (req.method !== 'POST') {
    return refuse({ status: 405, code: ErrorCode.BAD_USER_INPUT, field: 'method', message: 'Send GraphQL requests as POST (or GET for queries)' });
  }
  if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) {
    return refuse({ status: 415, code: ErrorCode.BAD_USER_INPUT, field: 'content-type', message: 'The request body must be JSON (Content-Type: application/json)' });
  }
  const tooLarge: Refusal = {
    status: 413,
    code: ErrorCode.BAD_USER_INPUT,
    field: 'body',
    limit: options.maxBodyBytes,
    message: `The request body is larger than ${options.maxBodyBytes} bytes`,
  };
  if (Number(req.headers['content-length'] ?? 0) > options.maxBodyBytes) return refuse(tooLarge);
  const body = await readBounded(req, options.maxBodyBytes);
  if (body === TOO_LARGE) return refuse(tooLarge);
  if (!body.length) return refuse({ status: 400, code: ErrorCode.BAD_USER_INPUT, field: 'body', message: 'The request has no body: send {"query": ...} as JSON' });
  return { caller, body };
}

const TOO_LARGE = Symbol('too large');

function readBounded(req: http.IncomingMessage, max: number): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.off('end', onEnd);
        chunks.length = 0;
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

function send(req: http.IncomingMessage, res: http.ServerResponse, refusal: Refusal, options: GuardOptions) {
  const accept = req.headers.accept ?? '';
  const headers: Record<string, string> = {
    'content-type': /application\/graphql-response\+json/.test(accept) ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8',
    ...corsHeaders(req.headers.origin, options.corsOrigins),
  };
  const extensions: Record<string, unknown> = { code: refusal.code };
  if (refusal.field) extensions.field = refusal.field;
  if (refusal.limit !== undefined) extensions.limit = refusal.limit;
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions }] });
  const write = () => {
    if (!res.headersSent) res.writeHead(refusal.status, headers).end(body);
  };
  const length = Number(req.headers['content-length'] ?? 0);
  const hasBody = Boolean(length || req.headers['transfer-encoding']);
  if (!hasBody || req.readableEnded) return write();
  if (refusal.status !== 413 && length && length <= options.maxBodyBytes) {
    // Small enough to read and drop: the client's connection stays in the pool, usable.
    req.once('end', write);
    req.once('error', () => res.destroy());
    req.resume();
    return;
  }
  // Too much to read: answer, then close (the client sees this answer, not a reset later).
  headers.connection = 'close';
  write();
  req.resume();
}

/** CORS headers for an allowed origin (the runtime adds them to its own answers). */
export function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}
