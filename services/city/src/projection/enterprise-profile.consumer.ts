import { EventConsumer, type EnterpriseRecorded, type StoredEvent } from '@qinshang/eventlog';
import type { PoolClient } from 'pg';

export const ENTERPRISE_PROFILE_CONSUMER = 'city.enterprise_profile';

/**
 * Applies `enterprise.added` / `enterprise.updated` to `city.enterprise_profile`: the sector and
 * tenant of every enterprise, which policy matching needs, learnt from the log rather than from
 * the districts subgraph's tables. A row only moves forward (`position`), so a replay is harmless.
 */
export async function applyEnterpriseEvents(client: PoolClient, events: StoredEvent[]): Promise<void> {
  const latest = new Map<string, { position: string; payload: EnterpriseRecorded }>();
  for (const event of events) {
    const payload = event.payload as EnterpriseRecorded;
    latest.set(payload.enterpriseId, { position: event.position, payload });
  }
  if (!latest.size) return;
  const rows = [...latest.values()];
  await client.query(
    `INSERT INTO city.enterprise_profile (enterprise_id, district_id, sector, position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
     ON CONFLICT (enterprise_id) DO UPDATE
        SET district_id = EXCLUDED.district_id, sector = EXCLUDED.sector, position = EXCLUDED.position, updated_at = now()
      WHERE city.enterprise_profile.position < EXCLUDED.position`,
    [rows.map((r) => r.payload.enterpriseId), rows.map((r) => r.payload.districtId), rows.map((r) => r.payload.sector), rows.map((r) => r.position)],
  );
}

export function enterpriseProfileConsumer(url: string, onError: (error: unknown) => void): EventConsumer {
  return new EventConsumer({
    name: ENTERPRISE_PROFILE_CONSUMER,
    url,
    types: ['enterprise.added', 'enterprise.updated'],
    handle: applyEnterpriseEvents,
    onError,
  });
}
