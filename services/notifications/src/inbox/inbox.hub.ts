import type { Logger } from '@qinshang/logging';
import { Client } from 'pg';
import { INBOX_CHANNEL } from '../routing/router';
import type { SystemDb } from '../system-db';
import { InboxStream, type InboxRow } from './inbox-stream';

export const INBOX_COLUMNS =
  'seq::text AS seq, id, account_id, kind, event_type, event_position::text AS event_position, issue_id, ledger_no, title, body, link, created_at, read_at';

/**
 * The process's one live view of the inbox table: LISTEN for the router's commits (plus a safety
 * poll), read every row after the last one seen, once, and hand each to its account's streams.
 * Rows are written only by the router while it holds its checkpoint, so seqs commit in order and
 * reading "after the last seq" never skips one.
 */
export class InboxHub {
  private readonly streams = new Set<InboxStream>();
  private client: Client | null = null;
  private last = '0';
  private running = false;
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: { url: string; db: SystemDb; logger: Logger; maxQueue: number; pollMs: number }) {}

  async start(): Promise<void> {
    this.running = true;
    const [row] = (await this.options.db.transaction((c) => c.query('SELECT coalesce(max(seq), 0)::text AS seq FROM notifications.notification'), 'system:notifications:inbox')).rows;
    this.last = row.seq;
    await this.connect().catch((error) => this.options.logger.warn({ err: error }, 'inbox LISTEN failed; polling'));
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await this.reading?.catch(() => undefined);
    for (const stream of [...this.streams]) void stream.return();
    await this.client?.end().catch(() => undefined);
  }

  open(accountId: string, after: string | null, readPage: (after: string, limit: number) => Promise<InboxRow[]>): InboxStream {
    const stream = new InboxStream({ accountId, after, readPage, maxQueue: this.options.maxQueue, onEnd: (ended) => this.streams.delete(ended) });
    this.streams.add(stream);
    stream.start();
    return stream;
  }

  private wake(): void {
    if (!this.running) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.drain()
      .catch((error) => this.options.logger.warn({ err: error }, 'inbox read failed'))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows = (
        await this.options.db.transaction(
          (c) => c.query<InboxRow>(`SELECT ${INBOX_COLUMNS} FROM notifications.notification WHERE seq > $1 ORDER BY seq LIMIT 500`, [this.last]),
          'system:notifications:inbox',
        )
      ).rows;
      if (rows.length === 0) return;
      this.last = rows[rows.length - 1].seq;
      for (const row of rows) for (const stream of this.streams) stream.offer(row);
      if (rows.length < 500) return;
    }
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: 'qinshang-notifications:inbox' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'inbox LISTEN connection lost; reconnecting');
      this.client = null;
      client.end().catch(() => undefined);
      if (this.running) setTimeout(() => this.running && this.connect().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${INBOX_CHANNEL}`);
    this.client = client;
  }
}

let running: InboxHub | null = null;
export const setInboxHub = (hub: InboxHub | null) => void (running = hub);
export function inboxHub(): InboxHub {
  if (!running) throw new Error('The inbox feed is not running in this process');
  return running;
}
