import type { PoolClient } from 'pg';
import type { AccountRecorded, CalendarPublished, CampaignRulesPublished, DepartmentRegistered, DistrictRegistered, EnterpriseRecorded, EventType, PairingEnded, PairingStarted, StoredEvent } from '@qinshang/eventlog';

/** What the ledger needs to know of the rest of the campaign, learnt from the event log. */
export const REFERENCE_EVENTS: EventType[] = [
  'campaign.rules_published',
  'calendar.published',
  'department.registered',
  'district.registered',
  'enterprise.added',
  'enterprise.updated',
  'pairing.started',
  'pairing.ended',
  'account.created',
  'account.updated',
];

/**
 * Keeps `issues.rules`, `issues.enterprise_ref`, `issues.department_ref`, `issues.district_ref` and `issues.actor_ref` up to date. Every
 * statement is an idempotent upsert, so replaying a batch after a crash changes nothing.
 */
export async function applyReferenceEvents(client: PoolClient, events: StoredEvent[]): Promise<void> {
  for (const event of events) {
    switch (event.type) {
      case 'campaign.rules_published': {
        const rules = event.payload as CampaignRulesPublished;
        await client.query(
          `INSERT INTO issues.rules (version, effective_from, body) VALUES ($1, $2, $3)
           ON CONFLICT (version) DO UPDATE SET effective_from = EXCLUDED.effective_from, body = EXCLUDED.body`,
          [rules.version, rules.effectiveFrom, rules],
        );
        break;
      }
      case 'calendar.published': {
        const calendar = event.payload as CalendarPublished;
        await client.query(
          `INSERT INTO issues.calendar (version, body) VALUES ($1, $2) ON CONFLICT (version) DO UPDATE SET body = EXCLUDED.body`,
          [calendar.version, calendar],
        );
        break;
      }
      case 'department.registered': {
        const department = event.payload as DepartmentRegistered;
        await client.query(
          `INSERT INTO issues.department_ref (department_id, district_id, name) VALUES ($1, $2, $3)
           ON CONFLICT (department_id) DO UPDATE SET district_id = EXCLUDED.district_id, name = EXCLUDED.name`,
          [department.departmentId, department.districtId, department.name],
        );
        break;
      }
      case 'district.registered': {
        const district = event.payload as DistrictRegistered;
        await client.query(
          `INSERT INTO issues.district_ref (district_id, name, kind) VALUES ($1, $2, $3)
           ON CONFLICT (district_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind`,
          [district.districtId, district.name, district.kind],
        );
        break;
      }
      case 'enterprise.added':
      case 'enterprise.updated': {
        const enterprise = event.payload as EnterpriseRecorded;
        await client.query(
          `INSERT INTO issues.enterprise_ref (enterprise_id, district_id, name) VALUES ($1, $2, $3)
           ON CONFLICT (enterprise_id) DO UPDATE SET district_id = EXCLUDED.district_id, name = EXCLUDED.name`,
          [enterprise.enterpriseId, enterprise.districtId, enterprise.name],
        );
        break;
      }
      case 'pairing.started': {
        const pairing = event.payload as PairingStarted;
        await client.query('UPDATE issues.enterprise_ref SET official_id = $2 WHERE enterprise_id = $1', [pairing.enterpriseId, pairing.officialId]);
        break;
      }
      case 'pairing.ended': {
        const pairing = event.payload as PairingEnded;
        await client.query('UPDATE issues.enterprise_ref SET official_id = NULL WHERE enterprise_id = $1 AND official_id = $2', [
          pairing.enterpriseId,
          pairing.officialId,
        ]);
        break;
      }
      case 'account.created':
      case 'account.updated': {
        const account = event.payload as AccountRecorded;
        await client.query(
          `INSERT INTO issues.actor_ref (account_id, display_name, role) VALUES ($1, $2, $3)
           ON CONFLICT (account_id) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role`,
          [account.accountId, account.displayName, account.role],
        );
        break;
      }
      default:
        break;
    }
  }
}
