import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { appendEvents, type EnterpriseRecorded } from '@qinshang/eventlog';
import { stackInfo } from '@qinshang/testkit';

const root = path.resolve(__dirname, '..', '..');

/** Runs work on the owner's connection (no row-level security), in one transaction. */
export async function asOwner<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** How many events of a type the log holds, optionally for one stream or by one actor. */
export async function countEvents(type: string, streamId?: string | null, actor?: string): Promise<number> {
  return asOwner(async (client) => {
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM eventlog.event WHERE type = $1 AND ($2::text IS NULL OR stream_id = $2) AND ($3::text IS NULL OR actor = $3)',
      [type, streamId ?? null, actor ?? null],
    );
    return rows[0].n as number;
  });
}

/**
 * Writes `enterprise.added` / `enterprise.updated` events as the districts subgraph will once its
 * seed and mutations emit them (that work is on another branch): the city subgraph must learn an
 * enterprise's sector and tenant from the log alone.
 */
export async function recordEnterprise(
  type: 'enterprise.added' | 'enterprise.updated',
  enterprise: Pick<EnterpriseRecorded, 'enterpriseId' | 'districtId' | 'sector'>,
): Promise<void> {
  await asOwner((client) =>
    appendEvents(client, 'districts', [
      {
        type,
        streamType: 'enterprise',
        streamId: enterprise.enterpriseId,
        districtId: enterprise.districtId,
        actor: 'test:districts',
        actorRole: 'SYSTEM',
        payload: {
          ...enterprise,
          name: `测试企业${enterprise.enterpriseId}`,
          creditCode: '',
          source: 'DISTRICT_SELECTED',
          aboveScale: false,
          kind: 'ENTERPRISE',
          ...(type === 'enterprise.updated' ? { changed: ['sector'] } : {}),
        },
      },
    ]),
  );
}

/** Re-runs the city seed against the test database, as `npm start` would on a second start. */
export function rerunCitySeed(): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(root, 'services', 'city', 'dist', 'seed.js')], {
    env: { ...process.env, MIGRATION_DATABASE_URL: stackInfo().adminDatabaseUrl, REFERENCE_DATA: path.join(root, 'data', 'xian-campaign-2016.json') },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

/** The current month in Asia/Shanghai. */
export function currentPeriod(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 7);
}

/** Polls until `check` gives a value that is not null/undefined (the consumer is asynchronous). */
export async function eventually<T>(check: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
