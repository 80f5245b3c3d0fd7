import { GraphQLError, type ExecutionResult } from 'graphql';
import { useFreshSubscriptionErrors } from './subscription-errors';

/** Feeds results through the plugin's onNext as envelop would, returning what the client gets. */
function run(results: ExecutionResult[]): ExecutionResult[] {
  const onNext = useFreshSubscriptionErrors().onSubscribe().onSubscribeResult().onNext;
  return results.map((result) => {
    let out = result;
    onNext({ result, setResult: (next) => (out = next) });
    return out;
  });
}

describe('subscription errors, once each', () => {
  it('drops the errors of earlier events that the runtime sends again', () => {
    const accumulated: GraphQLError[] = [];
    const first = new GraphQLError('timeout', { path: ['escalationRaised', 'escalation'] });
    const second = new GraphQLError('timeout again');
    const events: ExecutionResult[] = [];
    events.push({ data: { n: 1 } });
    accumulated.push(first);
    events.push({ data: { n: 2 }, errors: accumulated.slice() });
    events.push({ data: { n: 3 }, errors: accumulated.slice() });
    accumulated.push(second);
    events.push({ data: { n: 4 }, errors: accumulated.slice() });
    expect(run(events)).toEqual([{ data: { n: 1 } }, { data: { n: 2 }, errors: [first] }, { data: { n: 3 } }, { data: { n: 4 }, errors: [second] }]);
  });

  it('keeps every error when each event brings its own', () => {
    const events = [1, 2, 3].map((n) => ({ data: null, errors: [new GraphQLError(`e${n}`)] }));
    expect(run(events)).toEqual(events);
  });

  it('keeps state per subscription', () => {
    const shared = new GraphQLError('shared');
    expect(run([{ errors: [shared] }])).toEqual([{ errors: [shared] }]);
    expect(run([{ errors: [shared] }])).toEqual([{ errors: [shared] }]);
  });
});

describe('an error event of a failed stream (issue 19, item 9)', () => {
  it("carries no data when the runtime repeats the previous event's data with the error", () => {
    const failure = new GraphQLError('socket closed');
    const previous = { escalationRaised: { cursor: 'c1' } };
    expect(run([{ data: previous }, { data: { escalationRaised: { cursor: 'c1' } }, errors: [failure] }])).toEqual([{ data: previous }, { errors: [failure] }]);
  });

  it("keeps an event's own data beside its own error", () => {
    const partial = new GraphQLError('districts timed out');
    const events = [{ data: { n: 1 } }, { data: { n: 2 }, errors: [partial] }];
    expect(run(events)).toEqual(events);
  });
});
