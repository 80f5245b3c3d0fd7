import { as } from '@qinshang/testkit';

/**
 * Issue 19, item 5 (the gateway's side): a bad variable, operation name or document is the
 * caller's input at fault: BAD_USER_INPUT naming the field, HTTP 400, never a masked
 * INTERNAL_SERVER_ERROR, and nothing reaches a subgraph.
 */
describe('bad input at the gateway', () => {
  const district = as.district('610111');
  const ESCALATIONS = 'query ($level: EscalationLevel, $first: Int) { escalations(filter: { level: $level }, first: $first) { totalCount } }';

  it.each([
    ['an enum variable out of its enum', { level: 'NOPE' }, 'level'],
    ['an integer variable that is a string', { first: 'abc' }, 'first'],
    ['an integer variable beyond 32 bits', { first: 1e12 }, 'first'],
    ['an integer variable with a fraction', { first: 1.5 }, 'first'],
  ])('answers %s with BAD_USER_INPUT on that variable', async (_name, variables, field) => {
    const response = await district.send(ESCALATIONS, variables);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
  });

  it('names the field inside an input object, and a required variable left out', async () => {
    const raise = 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }';
    const wrongCategory = await district.send(raise, { input: { enterpriseId: 'x', category: 'NOT_A_CATEGORY', title: 't', description: 'd' } });
    expect(wrongCategory.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.category' });
    const missing = await district.send(raise, {});
    expect(missing.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('answers a wrong or missing operation name with BAD_USER_INPUT on operationName', async () => {
    const two = 'query A { city { name } } query B { city { name } }';
    const { stackInfo } = await import('@qinshang/testkit');
    const send = async (operationName?: string) => {
      const response = await fetch(stackInfo().gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await district.bearer()}` },
        body: JSON.stringify({ query: two, operationName }),
      });
      return { status: response.status, body: await response.json() };
    };
    for (const name of [undefined, 'Z']) {
      const response = await send(name);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'operationName' });
    }
    expect((await send('B')).body).toEqual({ data: { city: { name: '西安市' } } });
  });

  it('gives every validation error the contract code and a field', async () => {
    const response = await district.send('{ city { name(x: 1) } district(id: 5, nope: true) { id } }');
    expect(response.status).toBe(400);
    expect(response.errors?.length).toBeGreaterThan(1);
    for (const error of response.errors ?? []) expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});
