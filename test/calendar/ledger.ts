import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Role, type Caller } from '@qinshang/auth';
import { appendEvents, type CampaignRulesPublished } from '@qinshang/eventlog';
import { stackInfo } from '@qinshang/testkit';
import { Client } from 'pg';

const root = path.resolve(__dirname, '..', '..');
const SCHEDULER = path.join(root, 'services', 'issues', 'dist', 'scheduler', 'run.js');
// The ledger's own code, run at a moment of the test's choosing (as the generated history does).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LedgerService } = require(path.join(root, 'services', 'issues', 'dist', 'ledger', 'ledger.service.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LedgerWriter } = require(path.join(root, 'services', 'issues', 'dist', 'ledger', 'ledger.writer.js'));

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Ledger = any;

/** The ledger's own writer, with every step it takes at the test's moment (as the generated history's does). */
function writerAt(at: Date) {
  return (db: unknown, caller: Caller, queries: unknown) =>
    new (class extends LedgerWriter {
      timed(actor: { now?: Date } = { caller } as never) {
        return actor.now ? actor : { ...actor, now: at };
      }
    })(db, caller, queries);
}

/** Runs ledger steps at `at` as `caller`, in one transaction in city scope, events appended with them. */
export async function atMoment<T>(at: Date, caller: Caller, work: (ledger: Ledger) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', $1, true), set_config('qinshang.role', $2, true)", [caller.sub, caller.role]);
    const db = { query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows };
    const result = await work(new LedgerService(db, caller, writerAt(at)));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export const office = (districtId: string): Caller => ({ sub: `office:${districtId}`, role: Role.DISTRICT_ADMIN, districtId, expiresAt: Number.MAX_SAFE_INTEGER });
export const department = (districtId: string, departmentId: string): Caller => ({ sub: `department:${departmentId}`, role: Role.DEPARTMENT, districtId, departmentId, expiresAt: Number.MAX_SAFE_INTEGER });

/** One scheduler run, judged at `asOf`, confined to one tenant. */
export async function schedulerRun(asOf: Date, district: string) {
  const { stdout } = await promisify(execFile)(process.execPath, [SCHEDULER, '--as-of', asOf.toISOString(), '--district', district], {
    env: { ...process.env, APP_DATABASE_URL: stackInfo().appDatabaseUrl },
  });
  return JSON.parse(stdout) as { ran: boolean; escalatedToDistrict: string[]; escalatedToCity: string[]; reminded: string[]; recounted: string[] };
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Waits for a fact, polling (never a fixed sleep). */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const CATEGORIES = ['LABOR', 'LAND', 'APPROVAL', 'FINANCING', 'TRANSPORT', 'ENVIRONMENT', 'POLICY', 'INFRASTRUCTURE', 'OTHER'];

/**
 * A rules version for months no other test uses, appended to the log as the city would publish
 * it (publishing through the graph only takes the current month or later), and waited for until
 * the ledger has projected it.
 */
export async function rulesVersion(version: number, effectiveFrom: string, overrides: Partial<CampaignRulesPublished>, base: Partial<CampaignRulesPublished> = {}): Promise<void> {
  const payload: CampaignRulesPublished = {
    campaignId: 'xian-2016',
    version,
    effectiveFrom,
    minVisitsPerMonth: 2,
    deadlines: Object.fromEntries(CATEGORIES.map((category) => [category, { responseHours: 24, responseDays: 1, resolutionDays: 3 }])),
    weights: { visits: 0.3, report: 0.1, response: 0.2, resolution: 0.25, satisfaction: 0.15 },
    reportDueDay: 5,
    commendationQuotas: { outstanding: 1, excellent: 1 },
    disqualifyingDeduction: 5,
    minimumSample: 1,
    ...base,
    ...overrides,
    version,
    effectiveFrom,
  };
  await admin(async (client) => {
    await client.query('BEGIN');
    await client.query("SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', 'test:city', true), set_config('qinshang.role', 'SYSTEM', true)");
    await appendEvents(client, 'city', [{ type: 'campaign.rules_published', streamType: 'campaign', streamId: payload.campaignId, districtId: null, payload, occurredAt: new Date(`${effectiveFrom}-01T00:00:00Z`) }]);
    await client.query('COMMIT');
  });
  await until(`rules version ${version} in the ledger`, () => admin(async (client) => (await client.query('SELECT 1 FROM issues.rules WHERE version = $1', [version])).rowCount));
}

/** Waits until the evaluation projection has applied every event of a problem. */
export async function evaluated(issueId: string): Promise<void> {
  await until(`the evaluation projection of ${issueId}`, () =>
    admin(async (client) => {
      const { rows } = await client.query(
        `SELECT (SELECT max(position) FROM eventlog.event WHERE stream_id = $1) <= (SELECT position FROM eventlog.checkpoint WHERE consumer = 'evaluation') AS done`,
        [issueId],
      );
      return rows[0]?.done === true;
    }),
  );
}

/** Waits until the ledger has projected a calendar settings version. */
export async function calendarProjected(version: number): Promise<void> {
  await until(`calendar settings version ${version} in the ledger and the assessment`, () =>
    admin(async (client) => {
      const { rows } = await client.query('SELECT (SELECT count(*) FROM issues.calendar WHERE version = $1) + (SELECT count(*) FROM evaluation.calendar WHERE version = $1) AS n', [version]);
      return Number(rows[0].n) === 2;
    }),
  );
}

/** The seeded rules version 1, as the ledger has it. */
export async function firstRules(): Promise<CampaignRulesPublished> {
  return admin(async (client) => (await client.query('SELECT body FROM issues.rules WHERE version = 1')).rows[0].body);
}
