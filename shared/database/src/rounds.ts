import type { Pool, PoolClient } from 'pg';

/**
 * Work run every `intervalMs` on this process, never two runs at once (a run still going when the
 * timer fires again is not doubled); a failed run is reported and the next one goes on. What the
 * platform's background rounds share: the ledger's scheduler, the officials' reminders.
 */
export class PeriodicRound {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.run()
        .catch((error) => this.onError(error))
        .finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  /** No new run; resolves once the one going (if any) has finished. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

/**
 * Runs `work` on one connection of `pool` while it holds the session advisory lock `key`, so one
 * process of all the replicas does it at a time; `{ ran: false }` (nothing done) when another
 * holds it. The lock is released before the connection goes back to the pool.
 */
export async function withSessionLock<T>(pool: Pool, key: number, work: (client: PoolClient) => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const client = await pool.connect();
  try {
    const [{ locked }] = (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key])).rows;
    if (!locked) return { ran: false };
    try {
      return { ran: true, value: await work(client) };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    client.release();
  }
}
