import { randomUUID } from 'node:crypto';
import { currentTraceparent } from '@qinshang/telemetry';
import type { EventType, PayloadOf } from './catalogue';
import { noticeTypes } from './notification';
import { rowsOf, type SqlRunner } from './sql';

/** The NOTIFY channel; the payload is the highest position the committing transaction wrote and the types it wrote (see notification.ts). */
export const EVENTLOG_CHANNEL = 'qinshang_eventlog';
/**
 * NOTIFY channel of the projections (`EventConsumer`): sent in the transaction that applied a
 * batch, so on commit a cache of answers derived from projections knows they moved. The payload
 * names the batch's tenants (`projectionPayload`).
 */
export const PROJECTION_CHANNEL = 'qinshang_projection';

export interface NewEvent<T extends EventType = EventType> {
  type: T;
  /** The stream the event belongs to: e.g. `issue` and the id. */
  streamType: string;
  streamId: string;
  /** The tenant it concerns; null for city-wide events. */
  districtId: string | null;
  payload: PayloadOf<T>;
  /** When it happened; defaults to the transaction's time. Generated history backdates it. */
  occurredAt?: Date;
  /** Who did it; defaults to the transaction's `qinshang.actor` and `qinshang.role`. */
  actor?: string;
  actorRole?: string;
}

export interface StoredEvent<T extends EventType = EventType> {
  position: string;
  id: string;
  type: T;
  source: string;
  streamType: string;
  streamId: string;
  districtId: string | null;
  actor: string;
  actorRole: string;
  occurredAt: Date;
  recordedAt: Date;
  payload: PayloadOf<T>;
  /** The W3C `traceparent` of the request that wrote it (null when it was not traced). */
  traceparent?: string | null;
}

/**
 * Appends events inside the caller's transaction, which must be the one making the change they
 * record: they commit or vanish together. Takes the log's head lock until that transaction ends,
 * so call it as the change's last write. Wakes listeners on commit (NOTIFY is transactional).
 */
export async function appendEvents(runner: SqlRunner, source: string, events: NewEvent[]): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  // Events this transaction wrote to be numbered at commit come first: they were written first.
  await numberPendingEvents(runner);
  // One statement, so one round trip holds the head lock before the transaction's COMMIT: the
  // head moved by the batch, the events numbered from it in order, and the NOTIFY sent on commit.
  // (As three statements the lock was held across three round trips through a busy event loop,
  // which every other writer of the platform waited behind.)
  const rows = await rowsOf<EventRow>(
    runner,
    `WITH head AS (
       UPDATE eventlog.head SET position = position + $4 WHERE id = 1 RETURNING position
     ), inserted AS (
       INSERT INTO eventlog.event (position, id, type, source, stream_type, stream_id, district_id, actor, actor_role, occurred_at, payload, trace_context)
       SELECT head.position - $4 + e.ord, e.id, e.type, $2, e.stream_type, e.stream_id, e.district_id,
              coalesce(e.actor, tenancy.actor()),
              coalesce(e.actor_role, nullif(current_setting('qinshang.role', true), ''), 'SYSTEM'),
              coalesce(e.occurred_at, now()), e.payload, $3::text
         FROM head, jsonb_to_recordset($1::jsonb) AS e(ord bigint, id uuid, type text, stream_type text, stream_id text,
              district_id text, actor text, actor_role text, occurred_at timestamptz, payload jsonb)
       RETURNING ${EVENT_COLUMNS}
     ), notified AS (
       SELECT pg_notify($5, head.position::text || ' ' || $6) FROM head
     )
     SELECT inserted.* FROM inserted, notified`,
    [
      JSON.stringify(events.map((event, index) => ({ ord: index + 1, ...toRecord(event) }))),
      source,
      // The trace of the request (or batch) appending: what the events cause later links back to it.
      currentTraceparent(),
      events.length,
      EVENTLOG_CHANNEL,
      noticeTypes(events.map((event) => event.type)),
    ],
  );
  return rows.map(toStoredEvent).sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1));
}

/** The runners (a request's RequestDb, a client) that wrote events to be numbered at commit. */
const pendingOn = new WeakSet<SqlRunner>();

/**
 * Appends events inside the caller's transaction, numbered when it commits (see the migration
 * `eventlog-numbered-at-commit`): for a change that needs no position back, the head lock is
 * taken inside COMMIT and held only while PostgreSQL commits, instead of from the append across
 * every round trip left to the request. The same order and gap-free guarantee as `appendEvents`;
 * the NOTIFY goes out on commit too. Inside the transaction the events are not in
 * `eventlog.event` yet: a reader of the log in the same transaction calls `numberPendingEvents`
 * first (an `appendEvents` after this does it itself).
 */
export async function appendEventsAtCommit(runner: SqlRunner, source: string, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const pending = pendingEvents(runner, source, events, 1);
  await runner.query(pending.sql, pending.parameters);
}

/**
 * `appendEventsAtCommit` as a statement the caller runs itself, inside a statement of its own
 * (a data-modifying CTE: the row and its events in one round trip). Its parameters are numbered
 * from `first`. `payload`, an SQL expression over `e.payload`, may complete the payloads from
 * the caller's own CTEs (a value only the statement knows, as a ledger number). Marks the runner
 * as holding pending events, as `appendEventsAtCommit` does: run the statement in that runner.
 */
export function pendingEvents(runner: SqlRunner, source: string, events: NewEvent[], first: number, payload = 'e.payload'): { sql: string; parameters: unknown[] } {
  const [list, from, trace] = [first, first + 1, first + 2].map((n) => `$${n}`);
  pendingOn.add(runner);
  return {
    sql: `INSERT INTO eventlog.pending (id, type, source, stream_type, stream_id, district_id, actor, actor_role, occurred_at, payload, trace_context)
     SELECT e.id, e.type, ${from}, e.stream_type, e.stream_id, e.district_id,
            coalesce(e.actor, tenancy.actor()),
            coalesce(e.actor_role, nullif(current_setting('qinshang.role', true), ''), 'SYSTEM'),
            coalesce(e.occurred_at, now()), ${payload}, ${trace}::text
       FROM jsonb_to_recordset(${list}::jsonb) AS e(ord bigint, id uuid, type text, stream_type text, stream_id text,
            district_id text, actor text, actor_role text, occurred_at timestamptz, payload jsonb)
      ORDER BY e.ord`,
    parameters: [JSON.stringify(events.map((event, index) => ({ ord: index + 1, ...toRecord(event) }))), source, currentTraceparent()],
  };
}

/**
 * Numbers now the events this runner's transaction wrote with `appendEventsAtCommit` (taking the
 * head lock until it ends, as `appendEvents` does), so that it can read them back from the log.
 * Nothing to do, and no round trip, when it wrote none.
 */
export async function numberPendingEvents(runner: SqlRunner): Promise<void> {
  if (!pendingOn.has(runner)) return;
  pendingOn.delete(runner);
  await runner.query('SET CONSTRAINTS eventlog.pending_numbered IMMEDIATE');
}

function toRecord(event: NewEvent) {
  return {
    id: randomUUID(),
    type: event.type,
    stream_type: event.streamType,
    stream_id: event.streamId,
    district_id: event.districtId,
    actor: event.actor ?? null,
    actor_role: event.actorRole ?? null,
    occurred_at: event.occurredAt?.toISOString() ?? null,
    payload: event.payload,
  };
}

export const EVENT_COLUMNS =
  'position::text AS position, id, type, source, stream_type, stream_id, district_id, actor, actor_role, occurred_at, recorded_at, payload, trace_context';

export interface EventRow {
  position: string;
  id: string;
  type: string;
  source: string;
  stream_type: string;
  stream_id: string;
  district_id: string | null;
  actor: string;
  actor_role: string;
  occurred_at: Date;
  recorded_at: Date;
  payload: unknown;
  trace_context?: string | null;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    position: row.position,
    id: row.id,
    type: row.type as EventType,
    source: row.source,
    streamType: row.stream_type,
    streamId: row.stream_id,
    districtId: row.district_id,
    actor: row.actor,
    actorRole: row.actor_role,
    occurredAt: new Date(row.occurred_at),
    recordedAt: new Date(row.recorded_at),
    payload: row.payload as StoredEvent['payload'],
    traceparent: row.trace_context ?? null,
  };
}
