import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface ConsoleOptions {
  /** The console's build (services/console/dist). */
  dir: string;
  /** What the console reads at start: where it signs in. */
  runtimeConfig: { issuer: string; clientId: string };
}

/** Paths that belong to the gateway itself, never to the console. */
const GATEWAY_PATHS = ['/graphql', '/healthcheck', '/readiness', '/_runtime-readiness', '/exports'];

/**
 * Serves the web console at the gateway's origin, so /graphql and its websocket need no CORS:
 * the runtime config, the built files (hashed assets cached for a year, everything else
 * revalidated), and index.html for any other page path so deep links survive a reload.
 * Returns false for what is not the console's (the caller hands it to the GraphQL runtime).
 */
export function createConsoleHandler(options: ConsoleOptions) {
  const root = path.resolve(options.dir);
  const configBody = JSON.stringify(options.runtimeConfig);
  const gzipped = new Map<string, Promise<Buffer>>();

  const send = async (req: http.IncomingMessage, res: http.ServerResponse, file: string, cacheControl: string) => {
    const ext = path.extname(file);
    const headers: http.OutgoingHttpHeaders = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
    };
    if (ext === '.html') headers['x-frame-options'] = 'DENY';
    const info = await stat(file);
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && acceptsGzip) {
      // Compressed once per version of the file (a rebuild under a running gateway is picked up).
      const key = `${file}:${info.mtimeMs}:${info.size}`;
      let body = gzipped.get(key);
      if (!body) {
        body = readFile(file).then((raw) => gzipAsync(raw));
        gzipped.set(key, body);
        body.catch(() => gzipped.delete(key));
      }
      const buffer = await body;
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': buffer.length });
      res.end(req.method === 'HEAD' ? undefined : buffer);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': info.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', 'http://console');
    if (GATEWAY_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return false;
    if (url.pathname === '/console-config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(configBody);
      return true;
    }
    const serve = async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const file = path.resolve(root, `.${path.posix.normalize(pathname)}`);
      const inside = file === root || file.startsWith(`${root}${path.sep}`);
      const found = inside && (await stat(file).then((s) => s.isFile(), () => false));
      if (found) {
        const hashed = file.startsWith(path.join(root, 'assets') + path.sep);
        await send(req, res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        return;
      }
      // A missing asset is a 404; any other path is a page of the single-page app.
      if (path.extname(pathname) && !pathname.endsWith('.html')) {
        res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found');
        return;
      }
      const index = path.join(root, 'index.html');
      if (!(await stat(index).then((s) => s.isFile(), () => false))) {
        res.writeHead(503, { 'content-type': TYPES['.txt'] }).end('The console is not built: run npm run build.');
        return;
      }
      await send(req, res, index, 'no-cache');
    };
    serve().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
    return true;
  };
}
