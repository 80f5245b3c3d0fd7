import { randomUUID } from 'node:crypto';
import { Role, type Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import { BadUserInputError, NotFoundError } from '@qinshang/errors';
import { notificationPermissions } from '../access/permissions';
import { appendEvents, rowsOf } from '@qinshang/eventlog';
import { OUTBOX_CHANNEL } from '../routing/router';
import { WEBHOOK_EVENT_TYPES } from '../routing/kinds';
import { WebhookFormat } from '../delivery/formats';
import { newSecret, urlAad, type SecretBox } from './secret-box';
import { RefusedAddressError, type UrlGuard } from './url-guard';

export interface WebhookRow {
  id: string;
  district_id: string | null;
  url: string;
  events: string[];
  format: WebhookFormat;
  created_at: Date;
}

export interface DeliveryRow {
  id: string;
  event_type: string;
  event_position: string;
  ledger_no: string | null;
  status: string;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  created_at: Date;
}

/** What may be shown of a webhook URL: its query string (a robot's access token) is sealed, not shown. */
export const shownUrl = (url: URL) => `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS = 'id, district_id, url, events, format, created_at';
export const DELIVERY_COLUMNS = 'id, event_type, event_position::text AS event_position, ledger_no, status, attempts, last_status, last_error, next_attempt_at, delivered_at, created_at';

export interface WebhookTools {
  guard: UrlGuard;
  secrets: SecretBox;
  retryForMs: number;
}

/**
 * An office's webhooks: the city office's receive every tenant's events, a district office's its
 * own tenant's only. Every change is an event in the log (never the secret).
 */
export class WebhookService {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
    private readonly tools: WebhookTools,
  ) {}

  /** The office the caller acts for: null for the city office, else its tenant. */
  private office(): string | null {
    const districtId = this.caller.role === Role.CITY_ADMIN ? null : (this.caller.districtId ?? null);
    notificationPermissions.assertCan(this.caller, 'MANAGE_WEBHOOKS', { districtId });
    return districtId;
  }

  async register(input: { url: string; events: string[]; format?: WebhookFormat | null }): Promise<{ row: WebhookRow; secret: string }> {
    const districtId = this.office();
    const url = await this.checkUrl(input.url);
    const events = [...new Set(input.events)];
    const unknown = events.find((type) => !WEBHOOK_EVENT_TYPES.includes(type));
    if (unknown) throw new BadUserInputError('input.events', `${unknown} is not an event a webhook can receive (one of ${WEBHOOK_EVENT_TYPES.join(', ')})`);
    const format = input.format ?? WebhookFormat.JSON;
    const id = randomUUID();
    const secret = newSecret();
    const [event] = await appendEvents(this.db, 'notifications', [
      {
        type: 'webhook.registered',
        streamType: 'webhook',
        streamId: id,
        districtId,
        payload: { webhookId: id, districtId, endpoint: `${url.origin}${url.pathname}`, events, format },
      },
    ]);
    const [row] = await rowsOf<WebhookRow>(
      this.db,
      `INSERT INTO notifications.webhook (id, district_id, url, url_box, events, format, secret_box, created_by, registered_position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [id, districtId, shownUrl(url), this.tools.secrets.seal(url.toString(), urlAad(id)), events, format, this.tools.secrets.seal(secret, id), this.caller.sub, event.position],
    );
    return { row, secret };
  }

  async list(): Promise<WebhookRow[]> {
    const districtId = this.office();
    return rowsOf<WebhookRow>(
      this.db,
      `SELECT ${COLUMNS} FROM notifications.webhook WHERE deleted_at IS NULL AND district_id IS NOT DISTINCT FROM $1 ORDER BY created_at, id`,
      [districtId],
    );
  }

  async remove(id: string): Promise<boolean> {
    const districtId = this.office();
    const hook = await this.own(id, districtId);
    await rowsOf(this.db, 'UPDATE notifications.webhook SET deleted_at = now() WHERE id = $1', [hook.id]);
    await appendEvents(this.db, 'notifications', [{ type: 'webhook.deleted', streamType: 'webhook', streamId: hook.id, districtId, payload: { webhookId: hook.id, districtId } }]);
    return true;
  }

  async deliveries(webhookIds: readonly string[], first: number, status: string | null): Promise<Map<string, DeliveryRow[]>> {
    const rows = await rowsOf<DeliveryRow & { webhook_id: string }>(
      this.db,
      `SELECT webhook_id, ${DELIVERY_COLUMNS} FROM (
         SELECT d.*, row_number() OVER (PARTITION BY webhook_id ORDER BY seq DESC) AS n FROM notifications.delivery d
          WHERE webhook_id = ANY($1::uuid[]) AND ($2::text IS NULL OR status = $2)
       ) d WHERE n <= $3 ORDER BY webhook_id, n`,
      [webhookIds, status, first],
    );
    const byHook = new Map<string, DeliveryRow[]>(webhookIds.map((id) => [id, []]));
    for (const row of rows) byHook.get(row.webhook_id)?.push(row);
    return byHook;
  }

  /** Sends a delivery again (failed or not), with the same key and a fresh retry window. */
  async redeliver(deliveryId: string): Promise<DeliveryRow> {
    const districtId = this.office();
    if (!UUID.test(deliveryId)) throw new NotFoundError('WebhookDelivery', deliveryId);
    const [delivery] = await rowsOf<{ webhook_id: string }>(
      this.db,
      "SELECT d.webhook_id FROM notifications.delivery d JOIN notifications.webhook w ON w.id = d.webhook_id WHERE d.id = $1 AND w.district_id IS NOT DISTINCT FROM $2 AND w.deleted_at IS NULL",
      [deliveryId, districtId],
    );
    if (!delivery) throw new NotFoundError('WebhookDelivery', deliveryId);
    const [row] = await rowsOf<DeliveryRow>(
      this.db,
      `UPDATE notifications.delivery SET status = 'PENDING', next_attempt_at = now(), retry_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id = $1 RETURNING ${DELIVERY_COLUMNS}`,
      [deliveryId, this.tools.retryForMs],
    );
    await appendEvents(this.db, 'notifications', [
      { type: 'webhook.redelivered', streamType: 'webhook', streamId: delivery.webhook_id, districtId, payload: { webhookId: delivery.webhook_id, districtId, deliveryId } },
    ]);
    await this.db.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
    return row;
  }

  private async own(id: string, districtId: string | null): Promise<WebhookRow> {
    if (!UUID.test(id)) throw new NotFoundError('Webhook', id);
    const [row] = await rowsOf<WebhookRow>(
      this.db,
      `SELECT ${COLUMNS} FROM notifications.webhook WHERE id = $1 AND deleted_at IS NULL AND district_id IS NOT DISTINCT FROM $2`,
      [id, districtId],
    );
    if (!row) throw new NotFoundError('Webhook', id);
    return row;
  }

  private async checkUrl(raw: string): Promise<URL> {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new BadUserInputError('input.url', 'Not a URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BadUserInputError('input.url', 'Only http and https URLs are accepted');
    if (url.username || url.password) throw new BadUserInputError('input.url', 'Credentials do not belong in a webhook URL: verify the signature instead');
    try {
      await this.tools.guard.resolve(url.hostname);
    } catch (error) {
      if (error instanceof RefusedAddressError) throw new BadUserInputError('input.url', `Refused: ${error.message}`, { address: error.address, range: error.range });
      throw new BadUserInputError('input.url', `${url.hostname} cannot be resolved`);
    }
    return url;
  }
}
