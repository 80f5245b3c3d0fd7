import { parse } from 'graphql';
import { badTextReason, checkInputText } from './input-guard';

describe('the input guard', () => {
  it('tells NUL and lone surrogates from text, pairs and all', () => {
    expect(badTextReason('审批 😀')).toBeNull();
    expect(badTextReason('a\u0000')).toMatch(/NUL/);
    expect(badTextReason('\uD83D')).toMatch(/surrogate/);
    expect(badTextReason('\uDE00x')).toMatch(/surrogate/);
  });

  it('names the argument path a bad string reaches, through variables, literals, lists and keys', () => {
    const doc = parse('mutation($i: RaiseIssueInput!, $ids: [ID!]) { raiseIssue(input: $i) { id } s: scorecards(officialIds: $ids, period: "2016-09") { id } }');
    expect(checkInputText(doc, { i: { title: 'x\u0000' }, ids: [] })?.details.field).toBe('input.title');
    expect(checkInputText(doc, { i: { title: 'ok' }, ids: ['a', '\uD800'] })?.details.field).toBe('officialIds.1');
    expect(checkInputText(doc, { i: { ['k\u0000']: 1 } })?.details.field).toBe('input.k\u0000');
    expect(checkInputText(parse('{ issue(id: "a\\u0000") { id } }'), {})?.details.field).toBe('id');
    expect(checkInputText(parse('query($unused: String) { city { name } }'), { unused: '\u0000' })?.details.field).toBe('unused');
    expect(checkInputText(doc, { i: { title: 'fine', description: '说明' }, ids: ['610111-O0001'] })).toBeNull();
  });
});
