import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { appendEvents, type CampaignRulesPublished, type EventType, type IssueTransition, type NewEvent, type PayloadOf, type StoredEvent } from '@qinshang/eventlog';
import { stackInfo } from '@qinshang/testkit';

/**
 * Producing the events the evaluation subgraph reads, as the other services would: appended
 * through the application connection under row-level security (scope city), backdated where the
 * scenario needs it. Every test uses tenant ids and months of its own.
 */
let pool: Pool | null = null;

export function appPool(): Pool {
  pool ??= new Pool({ connectionString: stackInfo().appDatabaseUrl, max: 4 });
  return pool;
}

export async function closePool(): Promise<void> {
  await pool?.end();
  pool = null;
}

export async function append(events: NewEvent[]): Promise<StoredEvent[]> {
  const client = await appPool().connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', 'test:producer', true), set_config('qinshang.role', 'SYSTEM', true)");
    const stored = await appendEvents(client, 'test', events);
    await client.query('COMMIT');
    return stored;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Waits until the evaluation consumer has applied the log up to `position`. */
export async function projected(position: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await appPool().query<{ position: string }>("SELECT position::text AS position FROM eventlog.checkpoint WHERE consumer = 'evaluation'");
    if (rows[0] && BigInt(rows[0].position) >= BigInt(position)) return;
    if (Date.now() > deadline) throw new Error(`the evaluation consumer did not reach ${position} (at ${rows[0]?.position ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function appendAndProject(events: NewEvent[]): Promise<StoredEvent[]> {
  const stored = await append(events);
  if (stored.length) await projected(stored[stored.length - 1].position);
  return stored;
}

export const runId = () => randomUUID().slice(0, 8).toUpperCase();

export function ev<T extends EventType>(type: T, districtId: string | null, payload: PayloadOf<T>, occurredAt: string, streamId = randomUUID()): NewEvent<T> {
  return { type, streamType: type.split('.')[0], streamId, districtId, payload, occurredAt: new Date(occurredAt), actor: 'test:producer', actorRole: 'SYSTEM' };
}

export function rules(version: number, effectiveFrom: string, overrides: Partial<CampaignRulesPublished> = {}): NewEvent<'campaign.rules_published'> {
  return ev(
    'campaign.rules_published',
    null,
    {
      campaignId: 'test-campaign',
      version,
      effectiveFrom,
      minVisitsPerMonth: 2,
      deadlines: { OTHER: { responseHours: 24, resolutionDays: 10 } },
      weights: { visits: 0.3, report: 0.1, response: 0.2, resolution: 0.2, satisfaction: 0.2 },
      reportDueDay: 5,
      commendationQuotas: { outstanding: 1, excellent: 1 },
      disqualifyingDeduction: 5,
      minimumSample: 2,
      ...overrides,
    },
    `${effectiveFrom}-01T00:00:00Z`,
  );
}

/** A fluent producer of one tenant's events. */
export class TenantEvents {
  readonly events: NewEvent[] = [];
  constructor(readonly districtId: string) {}

  registered(kind: 'DISTRICT' | 'COUNTY' | 'DEVELOPMENT_ZONE' | 'NEW_AREA', at: string) {
    this.events.push(ev('district.registered', this.districtId, { districtId: this.districtId, name: `测试区 ${this.districtId}`, kind }, at));
    return this;
  }

  official(officialId: string, at: string) {
    this.events.push(ev('official.added', this.districtId, { officialId, districtId: this.districtId, name: `干部 ${officialId}`, title: null, department: null }, at));
    return this;
  }

  pairing(pairingId: string, officialId: string, enterpriseId: string, startedOn: string, endedOn: string | null = null) {
    this.events.push(
      ev('pairing.started', this.districtId, { pairingId, districtId: this.districtId, officialId, enterpriseId, startedOn, replaces: null, reason: null }, `${startedOn}T01:00:00Z`),
    );
    if (endedOn) this.events.push(ev('pairing.ended', this.districtId, { pairingId, districtId: this.districtId, officialId, enterpriseId, endedOn, reason: null }, `${endedOn}T01:00:00Z`));
    return this;
  }

  visits(officialId: string, enterpriseId: string, days: string[]) {
    for (const day of days) {
      this.events.push(
        ev('visit.recorded', this.districtId, { visitId: randomUUID(), districtId: this.districtId, officialId, enterpriseId, visitedOn: day, period: day.slice(0, 7), mode: 'HELP' }, `${day}T02:00:00Z`),
      );
    }
    return this;
  }

  excused(officialId: string, enterpriseId: string, period: string) {
    this.events.push(
      ev('visit.excused', this.districtId, { excuseId: randomUUID(), districtId: this.districtId, officialId, enterpriseId, period, reason: 'ILLNESS' }, `${period}-10T02:00:00Z`),
    );
    return this;
  }

  report(officialId: string, enterpriseId: string, period: string, submittedAt: string, late: boolean) {
    this.events.push(
      ev(
        'report.submitted',
        this.districtId,
        { reportId: randomUUID(), districtId: this.districtId, officialId, enterpriseId, period, submittedAt, dueAt: '', late },
        submittedAt,
      ),
    );
    return this;
  }

  /** One problem's transitions: [type, at, extra payload]. */
  issue(issueId: string, officialId: string | null, raisedAt: string, steps: Array<[EventType, string, Partial<IssueTransition>?]>) {
    let version = 0;
    let status = 'RAISED';
    for (const [type, at, extra] of steps) {
      version++;
      const from = status;
      status = type.replace('issue.', '').toUpperCase();
      this.events.push(
        ev(
          type,
          this.districtId,
          {
            issueId,
            ledgerNo: `${this.districtId}-${issueId}`,
            districtId: this.districtId,
            enterpriseId: 'E',
            officialId,
            category: 'OTHER',
            from: version === 1 ? null : from,
            status,
            version,
            raisedAt,
            ...extra,
          } as IssueTransition,
          at,
          issueId,
        ) as NewEvent,
      );
    }
    return this;
  }
}
