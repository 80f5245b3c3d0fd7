import { Browser, signIn, stackInfo, tokenFor } from '@qinshang/testkit';
import { Role } from '@qinshang/auth';
import { accountEvents, accountIdOf, alertOf, failed, signedIn, viaGateway, withAdmin } from './helpers';

const CREATE = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { oneTimeCode oneTimeCodeExpiresAt account { id username role districtId status hasPassword } }
}`;
const LIST = `query ($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id username districtId role } } }
}`;

interface Listed {
  accounts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; username: string; districtId: string | null; role: string } }> };
}

let unique = 0;
const name = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${unique++}`;

/** Sets a password with a one-time code on the provider's page, then signs in (as the person would). */
async function setPasswordWithCode(username: string, code: string, password: string) {
  const browser = new Browser();
  const first = await signIn(username, 'Wrong-password-0', { browser });
  const page = failed(first).page;
  const reset = /href="(\/interaction\/[^"?]+\/reset)[^"]*"/.exec(page)![1];
  const posted = await browser.request(new URL(reset, stackInfo().identityUrl).toString(), { form: { username, code, password, confirm: password } });
  return posted;
}

describe('account administration through the graph', () => {
  it("shows a district office its own tenant's accounts only", async () => {
    const office = await signedIn('610111-office');
    const mine = await viaGateway<Listed>(office.tokens.access_token, LIST, { first: 200 });
    expect(mine.errors).toBeUndefined();
    const counted = await withAdmin(async (c) => (await c.query("SELECT count(*)::int AS n FROM identity.account WHERE district_id = '610111'")).rows[0].n);
    expect(mine.data!.accounts.totalCount).toBe(counted);
    expect(mine.data!.accounts.edges.every((edge) => edge.node.districtId === '610111')).toBe(true);
    const theirs = await viaGateway<Listed>(office.tokens.access_token, LIST, { filter: { districtId: '610125' } });
    expect(theirs.data!.accounts.totalCount).toBe(0);

    // Paging: two pages of 100 do not overlap and follow each other.
    const page1 = await viaGateway<Listed>(office.tokens.access_token, LIST, { first: 100 });
    const page2 = await viaGateway<Listed>(office.tokens.access_token, LIST, { first: 100, after: page1.data!.accounts.pageInfo.endCursor });
    const ids = [...page1.data!.accounts.edges, ...page2.data!.accounts.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses a district office another tenant's accounts and roles above its own", async () => {
    const office = await signedIn('610111-office');
    const token = office.tokens.access_token;
    const huxian = await viaGateway(token, CREATE, { input: { username: name('hx'), displayName: '户县某人', role: 'DISTRICT_ADMIN', districtId: '610125' } });
    expect(huxian.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const city = await viaGateway(token, CREATE, { input: { username: name('boss'), displayName: '市领导', role: 'CITY_ADMIN' } });
    expect(city.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const inspector = await viaGateway(token, CREATE, { input: { username: name('insp'), displayName: '督查', role: 'INSPECTOR' } });
    expect(inspector.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const other = await accountIdOf('610125-office');
    for (const mutation of ['disableAccount', 'enableAccount', 'resetAccountPassword']) {
      const response = await viaGateway(token, `mutation ($id: ID!) { ${mutation}(id: $id) { __typename } }`, { id: other });
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    // Nothing was written for the refused attempts.
    expect(await withAdmin(async (c) => (await c.query("SELECT count(*)::int AS n FROM identity.account WHERE username LIKE 'hx-%' OR username LIKE 'boss-%'")).rows[0].n)).toBe(0);
    expect((await accountEvents(other)).map((e) => e.type)).toEqual(['account.created']);

    const official = await viaGateway(token, 'query { accounts { edges { node { id } } } }');
    expect(official.errors).toBeUndefined();
    const asOfficial = await signedIn('610111-O0006');
    expect((await viaGateway(asOfficial.tokens.access_token, LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the city office create a CITY_ADMIN and an account in any tenant; the person sets a password with the code', async () => {
    const city = await signedIn('city-office');
    const username = name('deputy');
    const created = await viaGateway<{ createAccount: { oneTimeCode: string; account: { id: string; role: string; hasPassword: boolean } } }>(city.tokens.access_token, CREATE, {
      input: { username, displayName: '副主任', role: 'CITY_ADMIN', email: `${username}@example.org` },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAccount.account).toMatchObject({ role: 'CITY_ADMIN', hasPassword: false });
    const { id } = created.data!.createAccount.account;
    expect((await accountEvents(id))[0]).toMatchObject({ type: 'account.created', payload: { username, role: 'CITY_ADMIN', email: `${username}@example.org`, status: 'ACTIVE' } });

    // Before a password is set, the page says how to get one.
    expect(alertOf(failed(await signIn(username, 'Anything-at-all-1')).page)).toMatch(/尚未设置密码/);
    const weak = await setPasswordWithCode(username, created.data!.createAccount.oneTimeCode, 'short');
    expect(alertOf(await weak.text())).toMatch(/至少 10 个字符/);
    const good = await setPasswordWithCode(username, created.data!.createAccount.oneTimeCode, 'Deputy-Director-2016');
    expect(good.status).toBe(303);
    const signed = await signedIn(username, 'Deputy-Director-2016');
    expect(signed.tokens.access_token).toBeTruthy();
    // The code worked once.
    const reused = await setPasswordWithCode(username, created.data!.createAccount.oneTimeCode, 'Another-Password-2017');
    expect(alertOf(await reused.text())).toBe('验证码无效或已过期。');

    const huxian = await viaGateway<{ createAccount: { account: { districtId: string } } }>(city.tokens.access_token, CREATE, {
      input: { username: name('huxian-official'), displayName: '户县干部', role: 'OFFICIAL', districtId: '610125', officialId: '610125-O0001' },
    });
    expect(huxian.data!.createAccount.account.districtId).toBe('610125');
  });

  it('refuses bad input with the field, and an official that is not on the tenant’s list', async () => {
    const city = await signedIn('city-office');
    const badName = await viaGateway(city.tokens.access_token, CREATE, { input: { username: 'a b', displayName: 'x', role: 'INSPECTOR' } });
    expect(badName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const noOfficial = await viaGateway(city.tokens.access_token, CREATE, { input: { username: name('o'), displayName: 'x', role: 'OFFICIAL', districtId: '610111' } });
    expect(noOfficial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officialId' });
    const notThere = await viaGateway(city.tokens.access_token, CREATE, { input: { username: name('o'), displayName: 'x', role: 'OFFICIAL', districtId: '610111', officialId: '610125-O0001' } });
    expect(notThere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officialId' });
    const taken = await viaGateway(city.tokens.access_token, CREATE, { input: { username: 'city-office', displayName: 'x', role: 'INSPECTOR' } });
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it("creates accounts for a tenant's officials that have none, once", async () => {
    const districtAdmin = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610114' });
    const added = await viaGateway<{ addOfficial: { official: { id: string } } }>(districtAdmin, 'mutation { addOfficial(input: { districtId: "610114", name: "新干部" }) { official { id } } }');
    expect(added.errors).toBeUndefined();
    const officialId = added.data!.addOfficial.official.id;

    const office = await signedIn('610114-office');
    const bulk = `mutation { createOfficialAccounts(districtId: "610114") { existing created { oneTimeCode account { username officialId role } } } }`;
    const first = await viaGateway<{ createOfficialAccounts: { existing: number; created: Array<{ account: { username: string; officialId: string } }> } }>(office.tokens.access_token, bulk);
    expect(first.errors).toBeUndefined();
    expect(first.data!.createOfficialAccounts.created.map((c) => c.account)).toEqual([{ username: officialId, officialId, role: 'OFFICIAL' }]);
    const second = await viaGateway<{ createOfficialAccounts: { existing: number; created: unknown[] } }>(office.tokens.access_token, bulk);
    expect(second.data!.createOfficialAccounts.created).toEqual([]);
    expect(second.data!.createOfficialAccounts.existing).toBe(first.data!.createOfficialAccounts.existing + 1);

    const elsewhere = await viaGateway(office.tokens.access_token, 'mutation { createOfficialAccounts(districtId: "610111") { existing } }');
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('resetting a password ends the old one and the sessions', async () => {
    const username = '610111-O0007';
    const person = await signedIn(username);
    const city = await signedIn('city-office');
    const reset = await viaGateway<{ resetAccountPassword: { oneTimeCode: string } }>(city.tokens.access_token, 'mutation ($id: ID!) { resetAccountPassword(id: $id) { oneTimeCode } }', {
      id: await accountIdOf(username),
    });
    expect(reset.data!.resetAccountPassword.oneTimeCode).toMatch(/^[A-Z2-9]{12}$/);
    expect(failed(await signIn(username)).status).toBe(401);
    const { refresh } = await import('@qinshang/testkit');
    expect((await refresh(person.tokens.refresh_token!)).status).toBe(400);
    const events = await accountEvents(await accountIdOf(username));
    expect(events.at(-1)!.type).toBe('account.password_reset');
    expect(JSON.stringify(events.at(-1)!.payload)).not.toContain(reset.data!.resetAccountPassword.oneTimeCode);
  });
});
