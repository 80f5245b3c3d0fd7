import { EventLogListener, PROJECTION_CHANNEL, tenantsOfProjectionPayload } from '@qinshang/eventlog';
import { Client } from 'pg';
import type { ScopeGenerations } from './generations';

export interface InvalidationOptions {
  /** The application role's connection (the log is read in city scope, like the feeds do). */
  url: string;
  generations: ScopeGenerations;
  onError: (error: unknown) => void;
}

/**
 * Follows the event log and the projections' notifications, and bumps the generations of the
 * tenants they name (an event for a tenant: that tenant's scopes and the scopes across tenants;
 * a city-wide event: every scope). A projection built from the log (a ranking, an assignment, a
 * count kept up to date from events) commits after the event it applies, so its NOTIFY bumps the
 * same scopes again: an answer read between the event and the projection's commit is never found.
 *
 * While either connection is down, `online` is false and the cache is bypassed (nothing found,
 * nothing stored); once both listen again every scope is bumped, since what changed meanwhile is
 * not known until it has been read.
 */
export class CacheInvalidation {
  private readonly listener: EventLogListener;
  private projections: Client | null = null;
  private logOnline = false;
  private projectionsOnline = false;
  private running = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly options: InvalidationOptions) {
    // At most ten reads a second: the invalidation's budget is a second, and this gateway's own
    // mutations bump their scopes at once (plugin.ts); a busy log costs one read per 100 ms.
    this.listener = new EventLogListener({
      url: options.url,
      scope: { scope: 'city', actor: 'system:gateway-cache' },
      minReadIntervalMs: 100,
      onError: (error) => this.logDown(error),
    });
    this.listener.on('events', (events) => options.generations.changed(events.map((event) => event.districtId)));
    this.listener.on('connected', () => {
      this.logOnline = true;
      options.generations.everythingChanged();
    });
  }

  /** True while both the log and the projections are followed: only then may answers be cached. */
  get online(): boolean {
    return this.running && this.logOnline && this.projectionsOnline;
  }

  async start(): Promise<void> {
    this.running = true;
    await Promise.all([this.listener.start(), this.listenToProjections()]);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.retry) clearTimeout(this.retry);
    await this.listener.stop();
    await this.projections?.end().catch(() => undefined);
    this.projections = null;
  }

  private logDown(error: unknown): void {
    this.logOnline = false;
    this.options.onError(error);
  }

  private async listenToProjections(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: 'gateway-cache:projections' });
    client.on('notification', (message) => {
      if (message.channel === PROJECTION_CHANNEL) this.options.generations.changed(tenantsOfProjectionPayload(message.payload));
    });
    client.on('error', (error) => this.projectionsDown(client, error));
    // A connection that ends without an error (the server shut down) is down all the same.
    client.on('end', () => this.projectionsDown(client, new Error('the projections connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${PROJECTION_CHANNEL}`);
    } catch (error) {
      this.projectionsDown(client, error);
      return;
    }
    this.projections = client;
    this.projectionsOnline = true;
    this.options.generations.everythingChanged();
  }

  private projectionsDown(client: Client, error: unknown): void {
    if (client !== this.projections && this.projections !== null) return; // an old connection, already replaced
    if (!this.running) return;
    this.projectionsOnline = false;
    this.options.onError(error);
    if (this.projections === client) this.projections = null;
    client.end().catch(() => undefined);
    if (!this.running || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.running) void this.listenToProjections();
    }, 500);
    this.retry.unref();
  }
}
