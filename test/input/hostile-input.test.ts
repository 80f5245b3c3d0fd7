import { as } from '@qinshang/testkit';

/**
 * Hostile text and malformed values in any input answer BAD_USER_INPUT with the argument path in
 * extensions.field, through the gateway, from every subgraph: never INTERNAL_SERVER_ERROR, never
 * a half-written change.
 */
const NUL = 'a\u0000b';
const LONE = 'x\uD800y';
const cursor = (key: string) => Buffer.from(`v1:${key}`, 'utf8').toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000001';

type Case = [name: string, actor: ReturnType<typeof as.city>, query: string, variables: Record<string, unknown>, field: string];

const city = as.city();
const office = as.district('HT');
const inspector = as.inspector();
const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }`;
const raise = (over: Record<string, unknown>) => ({ input: { enterpriseId: 'HT-E0003', category: 'APPROVAL', title: '审批', description: '说明', ...over } });
const INSPECT = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`;
const inspect = (summary: string) => ({ input: { districtId: 'HT', kind: 'CENTRALISED', inspectedOn: '2016-09-01', officialIds: [], findings: [{ summary }] } });

const cases: Case[] = [
  // A NUL in strings and ids, in each subgraph.
  ['a NUL in an issue title', office, RAISE, raise({ title: NUL }), 'input.title'],
  ['a NUL in an enterprise id (issues)', office, RAISE, raise({ enterpriseId: `HT-E0003\u0000` }), 'input.enterpriseId'],
  ['a NUL in an issue id', city, `query($id: ID!) { issue(id: $id) { id } }`, { id: NUL }, 'id'],
  ['a NUL in a district id (districts)', city, `query($id: ID!) { district(id: $id) { id } }`, { id: `HT${'\u0000'}` }, 'id'],
  ['a NUL in an enterprise id (districts)', city, `query($id: ID!) { enterprise(id: $id) { id } }`, { id: NUL }, 'id'],
  ['a NUL in a policy id (city)', city, `query($id: ID!) { policy(id: $id) { id } }`, { id: NUL }, 'id'],
  ['a NUL in a department id (city)', city, `query($id: ID!) { department(id: $id) { id } }`, { id: NUL }, 'id'],
  ['a NUL in an official id (evaluation)', city, `query($ids: [ID!]) { scorecards(officialIds: $ids, period: "2016-09") { official { id } } }`, { ids: ['HT-O0001', NUL] }, 'officialIds.1'],
  ['a NUL in an inline literal', city, `{ issue(id: "a\\u0000b") { id } }`, {}, 'id'],
  // Lone surrogates in ledger and inspection text.
  ['a lone surrogate in an issue description', office, RAISE, raise({ description: LONE }), 'input.description'],
  ['a lone low surrogate in an issue title', office, RAISE, raise({ title: 'x\uDC00' }), 'input.title'],
  ['a lone surrogate in an escalation reason', office, `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { issue { id } } }`, { input: { issueId: UUID, reason: LONE } }, 'input.reason'],
  ['a lone surrogate in an inspection finding', inspector, INSPECT, inspect(LONE), 'input.findings.0.summary'],
  ['a NUL in an inspection finding', inspector, INSPECT, inspect(NUL), 'input.findings.0.summary'],
  // Cursors holding a bad date.
  ['an issues cursor holding a bad date', city, `query($after: String) { issues(first: 2, after: $after) { edges { node { id } } } }`, { after: cursor(`2016-13-45T00:00:00.000Z|${UUID}`) }, 'after'],
  ['an issues cursor holding no date', city, `query($after: String) { issues(first: 2, after: $after) { edges { node { id } } } }`, { after: cursor(`yesterday|${UUID}`) }, 'after'],
  ['an escalations cursor holding a bad date', city, `query($after: String) { escalations(first: 2, after: $after) { edges { node { id } } } }`, { after: cursor(`2016-02-30T10:00:00Z|${UUID}`) }, 'after'],
  ['a visits cursor holding a bad day', city, `query($after: String) { enterprise(id: "HT-E0003") { visits(first: 2, after: $after) { edges { node { id } } } } }`, { after: cursor('2016-02-30|x') }, 'after'],
  ['a cursor holding a NUL', city, `query($after: String) { issues(first: 2, after: $after) { edges { node { id } } } }`, { after: cursor(`2016-09-01T00:00:00.000Z|${'\u0000'}`) }, 'after'],
  // Years and days that are not.
  ['year "0000"', city, `query($year: String!) { commendationCandidates(year: $year) { year } }`, { year: '0000' }, 'year'],
  ['validOn "2016-02-30"', city, `query($day: String) { policies(first: 5, filter: { validOn: $day }) { edges { node { id } } } }`, { day: '2016-02-30' }, 'filter.validOn'],
  ['period "0000-01"', city, `query { scorecards(districtId: "HT", period: "0000-01") { official { id } } }`, {}, 'period'],
  // Lengths, sizes and formats the inputs' own rules refuse (class-validator), named to the field.
  ['an issue title of 201 characters', office, RAISE, raise({ title: '审'.repeat(201) }), 'input.title'],
  ['an issue title of one character', office, RAISE, raise({ title: '审' }), 'input.title'],
  ['an inspection day that is not one', inspector, INSPECT, { input: { ...inspect('记录').input, inspectedOn: '2016-9-1' } }, 'input.inspectedOn'],
  ['a deduction of no points, inside a finding', inspector, INSPECT, { input: { ...inspect('记录').input, findings: [{ summary: '记录', deductions: [{ points: 0, reason: '扣分' }] }] } }, 'input.findings.0.deductions.0.points'],
  ['an enterprise name filter of 101 characters', city, `query($f: EnterpriseFilter) { district(id: "HT") { enterprises(first: 2, filter: $f) { edges { node { id } } } } }`, { f: { nameContains: '企'.repeat(101) } }, 'filter.nameContains'],
];

describe('hostile input', () => {
  it.each(cases)('answers %s with BAD_USER_INPUT naming the field', async (_name, actor, query, variables, field) => {
    const response = await actor.send(query, variables);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(response)).not.toMatch(/INTERNAL_SERVER_ERROR|stack/);
  });

  it('writes nothing when a mutation is refused, and still serves the same caller', async () => {
    const before = await office.ok<{ issues: { totalCount: number } }>(`{ issues(first: 1, filter: { districtId: "HT" }) { totalCount } }`);
    for (const over of [{ title: NUL }, { description: LONE }]) expect((await office.send(RAISE, raise(over))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await office.ok<{ issues: { totalCount: number } }>(`{ issues(first: 1, filter: { districtId: "HT" }) { totalCount } }`);
    expect(after.issues.totalCount).toBe(before.issues.totalCount);
    // A valid pair of surrogates (an emoji) is text like any other.
    expect((await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, raise({ title: '审批 😀' }))).raiseIssue.issue.id).toBeTruthy();
  });
});
