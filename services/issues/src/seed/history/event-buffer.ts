import { appendEvents, type NewEvent, type StoredEvent } from '@qinshang/eventlog';
import type { Client } from 'pg';

/**
 * Collects a long run of ledger steps' events and appends them in large batches, with the
 * positions they will have: the transaction holds the log's head lock from `open()` to its
 * commit, so nothing else can append in between and the positions handed out are exactly those
 * `appendEvents` gives when flushed (checked). Each event keeps the actor acting when it was
 * recorded, as the transaction's `qinshang.actor`/`qinshang.role` would have given it.
 */
export class EventBuffer {
  private pending: NewEvent[] = [];
  private next = 0n;
  private flushedUpTo = 0n;
  actor = 'system:history';
  role = 'SYSTEM';

  constructor(
    private readonly client: Client,
    private readonly source: string,
    private readonly batch = 5000,
  ) {}

  /** Takes the log's head lock (held to commit) and learns the next position. */
  async open(): Promise<void> {
    const { rows } = await this.client.query<{ position: string }>('SELECT position::text AS position FROM eventlog.head WHERE id = 1 FOR UPDATE');
    this.next = BigInt(rows[0].position) + 1n;
    this.flushedUpTo = this.next - 1n;
  }

  /** Stands in for `appendEvents` in the ledger: the events as they will be stored. */
  async append(events: NewEvent[]): Promise<StoredEvent[]> {
    const stored: StoredEvent[] = [];
    for (const event of events) {
      const full = { ...event, actor: event.actor ?? this.actor, actorRole: event.actorRole ?? this.role };
      this.pending.push(full);
      const occurredAt = event.occurredAt ?? new Date();
      stored.push({
        position: (this.next++).toString(),
        id: '',
        type: full.type,
        source: this.source,
        streamType: full.streamType,
        streamId: full.streamId,
        districtId: full.districtId,
        actor: full.actor,
        actorRole: full.actorRole,
        occurredAt,
        recordedAt: occurredAt,
        payload: full.payload,
      });
    }
    if (this.pending.length >= this.batch) await this.flush();
    return stored;
  }

  async flush(): Promise<void> {
    while (this.pending.length) {
      const chunk = this.pending.splice(0, this.batch);
      const written = await appendEvents(this.client, this.source, chunk);
      const expected = this.flushedUpTo + 1n;
      if (BigInt(written[0].position) !== expected) {
        throw new Error(`The event log moved under the history (expected position ${expected}, got ${written[0].position})`);
      }
      this.flushedUpTo += BigInt(written.length);
    }
  }
}
