import { refresh, signIn } from '@qinshang/testkit';
import { accountEvents, accountIdOf, alertOf, failed, signedIn, viaGateway } from './helpers';

const DISABLE = 'mutation ($id: ID!) { disableAccount(id: $id) { id status } }';
const ENABLE = 'mutation ($id: ID!) { enableAccount(id: $id) { id status } }';

describe('disabling an account', () => {
  it('stops its refresh token at once, refuses its sign-in with a message, and enabling lets it back', async () => {
    const username = '610111-O0002';
    const id = await accountIdOf(username);
    const person = await signedIn(username);
    const office = await signedIn('610111-office');

    const disabled = await viaGateway<{ disableAccount: { status: string } }>(office.tokens.access_token, DISABLE, { id });
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data!.disableAccount.status).toBe('DISABLED');

    const refreshed = await refresh(person.tokens.refresh_token!);
    expect(refreshed.status).toBe(400);
    expect(refreshed.body.error).toBe('invalid_grant');

    const again = failed(await signIn(username));
    expect(alertOf(again.page)).toBe('该账号已停用，请联系所在单位的亲商助企办公室。');
    // A wrong password on a disabled account says only that the password is wrong.
    expect(alertOf(failed(await signIn(username, 'Wrong-password-9')).page)).toBe('用户名或密码错误。');

    const events = await accountEvents(id);
    expect(events.at(-1)).toMatchObject({
      type: 'account.disabled',
      payload: { accountId: id, username, role: 'OFFICIAL', districtId: '610111', officialId: username, status: 'DISABLED', email: `${username.toLowerCase()}@qinshang.local` },
    });

    const enabled = await viaGateway<{ enableAccount: { status: string } }>(office.tokens.access_token, ENABLE, { id });
    expect(enabled.data!.enableAccount.status).toBe('ACTIVE');
    await signedIn(username);
    expect((await accountEvents(id)).at(-1)!.type).toBe('account.enabled');
  });

  it('ends the sessions of a disabled account: a new authorization asks for the password again', async () => {
    const username = '610111-O0004';
    const id = await accountIdOf(username);
    const person = await signedIn(username);
    const city = await signedIn('city-office');
    await viaGateway(city.tokens.access_token, DISABLE, { id });
    await viaGateway(city.tokens.access_token, ENABLE, { id });
    // Same browser (its session cookie): the provider no longer knows the session, so the form comes back.
    const outcome = await signIn(username, 'Wrong-password-9', { browser: person.browser });
    expect(alertOf(failed(outcome).page)).toBe('用户名或密码错误。');
  });
});
