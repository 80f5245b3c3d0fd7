import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { Role } from '@qinshang/auth';
import { graphql, launchTestStack, tokenFor, type StackInfo } from '@qinshang/testkit';

/**
 * PostgreSQL restarted under concurrent writers: every service survives (the same processes
 * serve afterwards), readiness recovers, the event log's consumers carry on, and every write the
 * platform acknowledged is there. Its own platform (no generated history), so the outage does not
 * disturb the other suites. With DATABASE_URL (a shared server, not ours to restart) the restart
 * is what the services see of one: every connection to the platform's database terminated.
 */
const root = path.resolve(__dirname, '..', '..');
const TENANT = '610111';
const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }`;

describe('a PostgreSQL restart under load', () => {
  jest.setTimeout(1_000_000);
  let info: StackInfo;
  let child: ChildProcess;

  beforeAll(async () => {
    ({ info, child } = await launchTestStack(root, undefined, { SEED_HISTORY: 'false' }));
  }, 320_000);

  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  });

  const send = async (query: string, variables: Record<string, unknown>, token: string) =>
    graphql<Record<string, unknown>>(info.gatewayUrl, query, variables, token).catch((error: Error) => ({ status: 0, errors: [{ message: error.message }] }));

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const tail = (name: string) => {
    try {
      return readFileSync(path.join(info.logDir, `${name}.log`), 'utf8').trim().split('\n').slice(-40).join('\n');
    } catch (error) {
      return String(error);
    }
  };

  async function until(what: string, fact: () => Promise<boolean>, ms = 120_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await fact().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  // Held back (issue 19's note): since this session's merges a service process is sometimes gone
  // after the restart (`kill ESRCH` below; the launcher started a new one), seen in one of three
  // clean-clone CI runs and by two helpers. The cause is not found yet; the test stays as the specification.
  it('keeps every service serving and every acknowledged write', async () => {
    const office = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: TENANT }, { devKey: info.devKey });

    // A connection of our own tells us when the server went away.
    const sentinel = new Client({ connectionString: info.adminDatabaseUrl });
    await sentinel.connect();
    const restarted = new Promise<void>((resolve) => {
      sentinel.on('error', () => resolve());
      sentinel.on('end', () => resolve());
    });

    const acknowledged: string[] = [];
    const reasons = new Map<string, number>();
    let failed = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        const response = await send(RAISE, { input: { enterpriseId: `${TENANT}-E00${10 + w}`, category: 'OTHER', title: `重启 ${w}-${n}`, description: '数据库重启期间提交' } }, office);
        const id = (response as { data?: { raiseIssue?: { issue?: { id?: string } } } }).data?.raiseIssue?.issue?.id;
        if (id && !response.errors?.length) acknowledged.push(id);
        else {
          failed++;
          const reason = response.errors?.[0]?.message ?? `HTTP ${response.status}`;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    // The writers stop however this part ends: a loop left running keeps jest from exiting.
    const why = () => [...reasons].map(([reason, n]) => `${n}× ${reason}`).join('; ');
    try {
      await until('writes before the restart', async () => acknowledged.length >= 20).catch((error: Error) => {
        throw new Error(`${error.message} (${acknowledged.length} acknowledged; refusals: ${why() || 'none'})`);
      });
      const before = acknowledged.length;

      process.kill(info.stackPid!, 'SIGUSR2');
      await restarted;
      await until('writes acknowledged after the restart', async () => acknowledged.length >= before + 40).catch((error: Error) => {
        throw new Error(`${error.message} (${acknowledged.length - before} acknowledged since; refusals: ${why() || 'none'})`);
      });
    } finally {
      stop = true;
      await Promise.race([Promise.all(writers), new Promise((resolve) => setTimeout(resolve, 60_000).unref())]);
      await sentinel.end().catch(() => undefined);
    }
    process.stdout.write(`database restart: ${acknowledged.length} writes acknowledged, ${failed} refused during the outage (${why() || 'none'})\n`);

    // Every service is the same process, and serves.
    const gone = Object.entries(info.pids).filter(([, pid]) => !alive(pid)).map(([name]) => name);
    for (const name of gone) process.stdout.write(`--- ${name} was replaced; its log ends:\n${tail(name)}\n`);
    expect(gone).toEqual([]);
    await until('readiness', async () => (await fetch(info.gatewayUrl.replace('/graphql', '/readiness'))).status === 200);
    for (const url of Object.values(info.subgraphUrls)) expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);

    // Every acknowledged write is there, read back through the gateway and in the database.
    const admin = new Client({ connectionString: info.adminDatabaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ id: string }>('SELECT id::text FROM issues.issue WHERE id = ANY($1::uuid[])', [acknowledged]);
      expect(rows.length).toBe(acknowledged.length);
      const { rows: events } = await admin.query<{ n: number }>(
        "SELECT count(DISTINCT stream_id)::int AS n FROM eventlog.event WHERE type = 'issue.raised' AND stream_id = ANY($1::text[])",
        [acknowledged],
      );
      expect(events[0].n).toBe(acknowledged.length);
    } finally {
      await admin.end();
    }
    const last = acknowledged[acknowledged.length - 1];
    const read = await send(`query($id: ID!) { issue(id: $id) { id } }`, { id: last }, office);
    expect((read as { data?: { issue?: { id: string } } }).data?.issue?.id).toBe(last);

    // The projections still follow the log: an assignment reaches the districts subgraph.
    const fresh = await send(RAISE, { input: { enterpriseId: `${TENANT}-E0030`, category: 'OTHER', title: '重启之后', description: '投影继续' } }, office);
    const issueId = (fresh as { data: { raiseIssue: { issue: { id: string } } } }).data.raiseIssue.issue.id;
    await send(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }`, { input: { issueId, departmentId: `${TENANT}-D05`, responsiblePerson: '周九' } }, office);
    const department = await tokenFor({ role: Role.DEPARTMENT, departmentId: `${TENANT}-D05` }, { devKey: info.devKey });
    await until('the department sees the enterprise of its new problem', async () => {
      const seen = await send(`{ enterprise(id: "${TENANT}-E0030") { id } }`, {}, department);
      return (seen as { data?: { enterprise?: { id: string } | null } }).data?.enterprise?.id === `${TENANT}-E0030`;
    }, 30_000);
  });
});
