import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { appendEvents, rowsOf } from '@qinshang/eventlog';
import type { Logger } from '@qinshang/logging';
import { inSpan, linkTo, notificationFailures, observeNotificationQueue, SpanKind } from '@qinshang/telemetry';
import { Client, type PoolClient } from 'pg';
import { OUTBOX_CHANNEL } from '../routing/router';
import type { SystemDb } from '../system-db';
import { urlAad, type SecretBox } from '../webhooks/secret-box';
import type { UrlGuard } from '../webhooks/url-guard';
import { backoffMs } from './backoff';
import { postWebhook, type Attempt, type Email, type Mailer } from './senders';

export interface WorkerOptions {
  url: string;
  db: SystemDb;
  logger: Logger;
  guard: UrlGuard;
  secrets: SecretBox;
  mailer: Mailer | null;
  concurrency: number;
  leaseMs: number;
  pollMs: number;
  timeoutMs: number;
  retry: { baseMs: number; maxMs: number };
}

interface DeliveryRow {
  seq: string;
  id: string;
  channel: 'EMAIL' | 'WEBHOOK';
  webhook_id: string | null;
  district_id: string | null;
  event_type: string;
  event_position: string;
  payload: { body?: string } & Partial<Email>;
  attempts: number;
  due: boolean;
  expired: boolean;
  url: string | null;
  url_box: string | null;
  secret_box: string | null;
  deleted: boolean | null;
  /** The traceparent of the request that wrote the event (its delivery's span links to it). */
  trace_context: string | null;
}

const ACTOR = 'system:notifications:delivery';
const READ_AHEAD = 50;

/**
 * Works the outbox. Each endpoint (a webhook, or one account's mailbox) is a queue worked by one
 * process at a time (a lease in `target_lease`, renewed with every attempt), strictly in the order
 * the events were routed, so deliveries to one endpoint arrive in event order. An endpoint that
 * fails waits for its next attempt without holding a worker; a slow one holds only its own slot,
 * and at most `concurrency` endpoints are worked at once per process. A process that dies loses
 * its leases after `leaseMs`, and any replica takes the queues over, retrying with the same key.
 */
export class DeliveryWorker {
  private readonly owner = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly active = new Map<string, Promise<void>>();
  private listen: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private ticking: Promise<void> | null = null;
  private again = false;
  private unobserve: (() => void) | null = null;

  constructor(private readonly options: WorkerOptions) {}

  async start(): Promise<void> {
    this.running = true;
    // Queue depth, read at each scrape.
    this.unobserve = observeNotificationQueue(() =>
      this.options.db.transaction(async (client) =>
        (
          await rowsOf<{ channel: string; pending: string }>(
            client,
            `SELECT c.channel, count(d.id)::text AS pending FROM (VALUES ('EMAIL'), ('WEBHOOK')) c(channel)
               LEFT JOIN notifications.delivery d ON d.channel = c.channel AND d.status = 'PENDING' GROUP BY c.channel`,
          )
        ).map((row) => ({ labels: { channel: row.channel }, value: Number(row.pending) })),
      ACTOR),
    );
    await this.connect().catch((error) => this.options.logger.warn({ err: error }, 'delivery worker could not LISTEN; polling'));
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unobserve?.();
    if (this.timer) clearInterval(this.timer);
    await this.ticking?.catch(() => undefined);
    await Promise.allSettled([...this.active.values()]);
    await this.listen?.end().catch(() => undefined);
    this.listen = null;
  }

  wake(): void {
    if (!this.running) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = this.tick()
      .catch((error) => this.options.logger.warn({ err: error }, 'delivery worker tick failed'))
      .finally(() => {
        this.ticking = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async tick(): Promise<void> {
    const room = this.options.concurrency - this.active.size;
    if (room <= 0) return;
    const targets = await this.options.db.transaction(
      (client) =>
        rowsOf<{ target: string }>(
          client,
          `SELECT h.target FROM (
             SELECT DISTINCT ON (target) target, next_attempt_at FROM notifications.delivery WHERE status = 'PENDING' ORDER BY target, seq
           ) h
           LEFT JOIN notifications.target_lease l ON l.target = h.target AND l.lease_until > now()
           WHERE h.next_attempt_at <= now() AND (l.target IS NULL OR l.owner = $4) AND NOT (h.target = ANY($1::text[])) AND ($2 OR h.target NOT LIKE 'email:%')
           ORDER BY h.next_attempt_at LIMIT $3`,
          [[...this.active.keys()], this.options.mailer !== null, room, this.owner],
        ),
      ACTOR,
    );
    for (const { target } of targets) {
      if (!(await this.lease(target))) continue;
      const work = this.work(target)
        .catch((error) => this.options.logger.warn({ err: error, target }, 'delivery queue failed; it will be picked up again'))
        .finally(async () => {
          this.active.delete(target);
          await this.release(target).catch(() => undefined);
          this.wake();
        });
      this.active.set(target, work);
    }
  }

  private lease(target: string, client?: PoolClient): Promise<boolean> {
    const sql = `INSERT INTO notifications.target_lease (target, owner, lease_until) VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
       ON CONFLICT (target) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
       WHERE target_lease.lease_until <= now() OR target_lease.owner = EXCLUDED.owner
       RETURNING target`;
    const run = async (c: PoolClient) => (await rowsOf(c, sql, [target, this.owner, this.options.leaseMs])).length === 1;
    return client ? run(client) : this.options.db.transaction(run, ACTOR);
  }

  private release(target: string): Promise<void> {
    return this.options.db.transaction(async (client) => {
      await client.query('DELETE FROM notifications.target_lease WHERE target = $1 AND owner = $2', [target, this.owner]);
    }, ACTOR);
  }

  /** One endpoint's queue, in order, until it is empty, its head is not due, or an attempt fails. */
  private async work(target: string): Promise<void> {
    while (this.running) {
      const rows = await this.options.db.transaction(
        (client) =>
          rowsOf<DeliveryRow>(
            client,
            `SELECT d.seq::text AS seq, d.id, d.channel, d.webhook_id, d.district_id, d.event_type, d.event_position::text AS event_position, d.payload, d.attempts,
                    d.next_attempt_at <= now() AS due, d.retry_until <= now() AS expired, w.url, w.url_box, w.secret_box, w.deleted_at IS NOT NULL AS deleted,
                    (SELECT e.trace_context FROM eventlog.event e WHERE e.position = d.event_position) AS trace_context
               FROM notifications.delivery d LEFT JOIN notifications.webhook w ON w.id = d.webhook_id
              WHERE d.target = $1 AND d.status = 'PENDING' ORDER BY d.seq LIMIT $2`,
            [target, READ_AHEAD],
          ),
        ACTOR,
      );
      if (rows.length === 0) return;
      for (const row of rows) {
        if (!this.running || !row.due) return;
        const attempt = await this.attempt(row);
        const carryOn = await this.record(target, row, attempt);
        if (!carryOn) return;
      }
    }
  }

  /** One delivery attempt, in a span of its own linked to the request that wrote the event. */
  private attempt(row: DeliveryRow): Promise<Attempt> {
    return inSpan(
      `notification deliver ${row.channel.toLowerCase()}`,
      { kind: SpanKind.PRODUCER, root: true, links: [linkTo(row.trace_context)], attributes: { 'qinshang.notification.channel': row.channel, 'qinshang.event.type': row.event_type, 'qinshang.event.position': row.event_position } },
      async (span) => {
        const attempt = await this.attemptOnce(row);
        span.setAttribute('qinshang.notification.ok', attempt.ok);
        return attempt;
      },
    );
  }

  private async attemptOnce(row: DeliveryRow): Promise<Attempt> {
    if (row.channel === 'EMAIL') {
      if (!this.options.mailer) return { ok: false, error: 'no SMTP server configured' };
      return this.options.mailer.send(row.payload as Email, row.id);
    }
    if (!row.url || !row.secret_box || row.deleted) return { ok: false, error: 'the webhook was deleted', permanent: true };
    let secret: string;
    let url: string;
    try {
      secret = this.options.secrets.open(row.secret_box, row.webhook_id!);
      url = row.url_box ? this.options.secrets.open(row.url_box, urlAad(row.webhook_id!)) : row.url;
    } catch {
      return { ok: false, error: 'the webhook secret cannot be opened with this NOTIFICATIONS_SECRET_KEY' };
    }
    return postWebhook({ url, secret, deliveryId: row.id, eventType: row.event_type, body: row.payload.body ?? '' }, this.options.guard, this.options.timeoutMs);
  }

  /** Records the outcome and renews the lease; false when this queue should stop for now. */
  private record(target: string, row: DeliveryRow, attempt: Attempt): Promise<boolean> {
    return this.options.db.transaction(async (client) => {
      const attempts = row.attempts + 1;
      if (attempt.ok) {
        await client.query(
          `UPDATE notifications.delivery SET status = 'DELIVERED', attempts = $2, last_attempt_at = now(), last_status = $3, last_error = NULL, delivered_at = now() WHERE id = $1`,
          [row.id, attempts, attempt.status ?? null],
        );
        return this.lease(target, client);
      }
      const delay = backoffMs(attempts, this.options.retry.baseMs, this.options.retry.maxMs);
      const [{ give_up }] = await rowsOf<{ give_up: boolean }>(
        client,
        `SELECT $1::boolean OR now() + make_interval(secs => $2::double precision / 1000) > retry_until AS give_up FROM notifications.delivery WHERE id = $3`,
        [attempt.permanent === true || row.expired, delay, row.id],
      );
      await client.query(
        `UPDATE notifications.delivery SET attempts = $2, last_attempt_at = now(), last_status = $3, last_error = $4,
           status = CASE WHEN $5 THEN 'FAILED' ELSE 'PENDING' END,
           next_attempt_at = now() + make_interval(secs => $6::double precision / 1000)
         WHERE id = $1`,
        [row.id, attempts, attempt.status ?? null, attempt.error.slice(0, 500), give_up, delay],
      );
      notificationFailures.inc({ channel: row.channel, final: String(give_up) });
      if (give_up && row.channel === 'WEBHOOK') {
        await appendEvents(client, 'notifications', [
          {
            type: 'webhook.delivery_failed',
            streamType: 'webhook',
            streamId: row.webhook_id!,
            districtId: row.district_id,
            payload: { webhookId: row.webhook_id!, districtId: row.district_id, deliveryId: row.id, eventPosition: row.event_position, attempts, lastError: attempt.error.slice(0, 500) },
          },
        ]);
      }
      // A failure given up on no longer blocks the queue; one still to be retried does.
      return give_up ? this.lease(target, client) : false;
    }, ACTOR);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: 'qinshang-notifications:outbox' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'outbox LISTEN connection lost; reconnecting');
      this.listen = null;
      client.end().catch(() => undefined);
      if (this.running) setTimeout(() => this.running && this.connect().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listen = client;
  }
}
