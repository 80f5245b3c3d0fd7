import type { Client, Pool } from 'pg';

export interface TestSettings {
  scope: string;
  districtId?: string;
  actor?: string;
}

/**
 * One transaction on a pooled connection of the application role, with the settings a district
 * office's request would carry (role DISTRICT_ADMIN): committed (or, with `commit: false`, rolled
 * back) after `work`, rolled back if it throws.
 */
export async function inTransaction<T>(pool: Pool, settings: TestSettings, work: (client: Client) => Promise<T>, { commit = true } = {}): Promise<T> {
  const client = (await pool.connect()) as unknown as Client & { release: () => void };
  try {
    await client.query('BEGIN');
    await client.query(
      "SELECT set_config('qinshang.scope', $1, true), set_config('qinshang.district_id', $2, true), set_config('qinshang.actor', $3, true), set_config('qinshang.role', 'DISTRICT_ADMIN', true)",
      [settings.scope, settings.districtId ?? '', settings.actor ?? 'test'],
    );
    const result = await work(client);
    await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Resolves once `fact` holds (checked every 20 ms), or fails after 15 s naming `what`. */
export async function until(fact: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fact()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
