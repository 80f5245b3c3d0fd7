import { EventConsumer, type EnterpriseRecorded, type PairingEnded, type PairingStarted, type StoredEvent } from '@qinshang/eventlog';
import type { PoolClient } from 'pg';

export const ENTERPRISE_PROFILE_CONSUMER = 'city.enterprise_profile';

/**
 * Applies `enterprise.added` / `enterprise.updated` to `city.enterprise_profile`: the sector and
 * tenant of every enterprise, which policy matching needs, learnt from the log rather than from
 * the districts subgraph's tables. A row only moves forward (`position`), so a replay is harmless.
 * Pairings set the official it is paired with now (applied in order, after the batch's profiles).
 */
export async function applyEnterpriseEvents(client: PoolClient, events: StoredEvent[]): Promise<void> {
  const latest = new Map<string, { position: string; payload: EnterpriseRecorded }>();
  for (const event of events) {
    if (event.type !== 'enterprise.added' && event.type !== 'enterprise.updated') continue;
    const payload = event.payload as EnterpriseRecorded;
    latest.set(payload.enterpriseId, { position: event.position, payload });
  }
  await upsertProfiles(client, latest);
  for (const event of events) {
    if (event.type === 'pairing.started') {
      const pairing = event.payload as PairingStarted;
      await client.query('UPDATE city.enterprise_profile SET official_id = $2 WHERE enterprise_id = $1', [pairing.enterpriseId, pairing.officialId]);
    } else if (event.type === 'pairing.ended') {
      const pairing = event.payload as PairingEnded;
      await client.query('UPDATE city.enterprise_profile SET official_id = NULL WHERE enterprise_id = $1 AND official_id = $2', [pairing.enterpriseId, pairing.officialId]);
    }
  }
}

async function upsertProfiles(client: PoolClient, latest: Map<string, { position: string; payload: EnterpriseRecorded }>): Promise<void> {
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
    types: ['enterprise.added', 'enterprise.updated', 'pairing.started', 'pairing.ended'],
    handle: applyEnterpriseEvents,
    onError,
  });
}
