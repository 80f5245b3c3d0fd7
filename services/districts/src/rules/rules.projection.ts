import type { CampaignRulesPublished, StoredEvent } from '@qinshang/eventlog';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { DEFAULT_REPORT_DUE_DAY } from '../common/calendar';

export const RULES_CONSUMER = 'districts.campaign_rules';

/** Keeps `districts.campaign_rules` in step with the city's published versions (idempotent upserts). */
export async function applyRulesEvents(client: PoolClient, events: StoredEvent[]): Promise<void> {
  for (const event of events) {
    const rules = event.payload as CampaignRulesPublished;
    await client.query(
      `INSERT INTO districts.campaign_rules (version, effective_from, report_due_day) VALUES ($1, $2, $3)
       ON CONFLICT (version) DO UPDATE SET effective_from = EXCLUDED.effective_from, report_due_day = EXCLUDED.report_due_day`,
      [rules.version, rules.effectiveFrom, rules.reportDueDay],
    );
  }
}

/**
 * The day of the following month by which a period's report is on time, from the rules version
 * in force for that period; the campaign's default until the city has published any.
 */
export async function reportDueDayFor(manager: EntityManager, period: string): Promise<number> {
  const [row] = (await manager.query(
    'SELECT report_due_day FROM districts.campaign_rules WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1',
    [period],
  )) as Array<{ report_due_day: number }>;
  return row?.report_due_day ?? DEFAULT_REPORT_DUE_DAY;
}
