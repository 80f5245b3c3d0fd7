import { signIn, stackInfo } from '@qinshang/testkit';
import { accountEvents, accountIdOf, alertOf, failed, signedIn, viaGateway } from './helpers';

describe('lock-out after repeated failures', () => {
  it('locks an account after ten wrong passwords and refuses the right one meanwhile; the office can lift it', async () => {
    const username = '610111-O0003';
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const outcome = failed(await signIn(username, `Wrong-password-${attempt}`));
      statuses.push(outcome.status);
      if (attempt < 10) expect(alertOf(outcome.page)).toBe('用户名或密码错误。');
      else expect(alertOf(outcome.page)).toMatch(/^登录失败次数过多，账号已暂时锁定，请于 .+ 后再试。$/);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);

    const correct = failed(await signIn(username, stackInfo().devPassword));
    expect(correct.status).toBe(429);
    expect(alertOf(correct.page)).toMatch(/账号已暂时锁定/);

    const id = await accountIdOf(username);
    expect((await accountEvents(id)).at(-1)).toMatchObject({ type: 'account.locked', payload: { status: 'LOCKED', username } });

    const office = await signedIn('610111-office');
    const listed = await viaGateway<{ accounts: { edges: Array<{ node: { lockedUntil: string | null } }> } }>(
      office.tokens.access_token,
      '{ accounts(filter: { search: "610111-O0003" }) { edges { node { lockedUntil } } } }',
    );
    expect(new Date(listed.data!.accounts.edges[0].node.lockedUntil!).getTime()).toBeGreaterThan(Date.now());
    await viaGateway(office.tokens.access_token, 'mutation ($id: ID!) { enableAccount(id: $id) { id } }', { id });
    await signedIn(username);
  });

  it('locks an address that keeps failing, whatever usernames it tries, and not the others', async () => {
    const address = { 'x-forwarded-for': '203.0.113.77' };
    let last = '';
    for (let attempt = 1; attempt <= 50; attempt++) {
      last = alertOf(failed(await signIn(`guess-${attempt}`, 'Wrong-password-1', { headers: address })).page) ?? '';
    }
    expect(last).toMatch(/账号已暂时锁定/);
    const refused = failed(await signIn('610111-O0005', stackInfo().devPassword, { headers: address }));
    expect(refused.status).toBe(429);
    await signedIn('610111-O0005', undefined, { 'x-forwarded-for': '203.0.113.78' });
  });
});
