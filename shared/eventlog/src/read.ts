import { EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from './append';
import type { EventType } from './catalogue';
import { rowsOf, type SqlRunner } from './sql';

export interface ReadOptions {
  /** Read strictly after this position ('0' for the beginning). */
  after: string;
  limit?: number;
  /** Only these types (the position still advances past the others for the caller). */
  types?: readonly EventType[];
  /** Read no further than this position (inclusive). */
  upTo?: string;
}

/**
 * Events after a position, in order. Every position below the log's head is committed or was
 * never handed out (see the migration), so a reader that advances to the last position it
 * received never skips an event. Row-level security applies: run it in a transaction whose scope
 * sees what the reader needs (the platform's jobs use `city`).
 */
export async function readEvents(runner: SqlRunner, options: ReadOptions): Promise<StoredEvent[]> {
  const limit = Math.min(Math.max(options.limit ?? 500, 1), 10_000);
  const upTo = options.upTo ?? '9223372036854775807';
  const rows = options.types?.length
    ? await rowsOf<EventRow>(
        runner,
        `SELECT ${EVENT_COLUMNS} FROM eventlog.event ev WHERE ev.position > $1 AND ev.position <= $4 AND ev.type = ANY($2) ORDER BY ev.position LIMIT $3`,
        [options.after, options.types, limit, upTo],
      )
    : await rowsOf<EventRow>(runner, `SELECT ${EVENT_COLUMNS} FROM eventlog.event ev WHERE ev.position > $1 AND ev.position <= $3 ORDER BY ev.position LIMIT $2`, [
        options.after,
        limit,
        upTo,
      ]);
  return rows.map(toStoredEvent);
}

/** The highest position handed out and committed, as far as this transaction's snapshot sees. */
export async function headPosition(runner: SqlRunner): Promise<string> {
  const [row] = await rowsOf<{ position: string }>(runner, 'SELECT position::text AS position FROM eventlog.head WHERE id = 1');
  return row?.position ?? '0';
}

/**
 * A consumer's committed position ('0' if it never ran). `lock: 'wait'` owns the consumer until
 * the transaction ends; `lock: 'skip'` returns null at once if another replica owns it, so of
 * several replicas exactly one does the work.
 */
export async function loadCheckpoint(runner: SqlRunner, consumer: string, { lock = 'none' as 'none' | 'wait' | 'skip' } = {}): Promise<string | null> {
  await runner.query('INSERT INTO eventlog.checkpoint (consumer, position) VALUES ($1, 0) ON CONFLICT (consumer) DO NOTHING', [consumer]);
  const suffix = lock === 'wait' ? ' FOR UPDATE' : lock === 'skip' ? ' FOR UPDATE SKIP LOCKED' : '';
  const [row] = await rowsOf<{ position: string }>(
    runner,
    `SELECT position::text AS position FROM eventlog.checkpoint WHERE consumer = $1${suffix}`,
    [consumer],
  );
  return row?.position ?? null;
}

/** Moves a consumer's position; call it in the same transaction as the writes the events caused. */
export async function saveCheckpoint(runner: SqlRunner, consumer: string, position: string): Promise<void> {
  await runner.query('UPDATE eventlog.checkpoint SET position = $2, updated_at = now() WHERE consumer = $1', [consumer, position]);
}
