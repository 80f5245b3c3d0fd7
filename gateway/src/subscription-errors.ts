import type { ExecutionResult } from 'graphql';

type OnNext = (payload: { result: ExecutionResult; setResult: (result: ExecutionResult) => void }) => void;

/**
 * Works around the Rust planner runtime's subscription executor (`@graphql-hive/router-runtime`
 * 1.4.23, the only version the registry has here): it keeps ONE execution context per
 * subscription and returns its `errors` array with every event, so an error raised while
 * resolving event k (say a subgraph timing out on an entity fetch) is sent again with events
 * k+1, k+2, ... until the subscription ends, and each copy is masked and logged again. This
 * drops, per subscription, the errors already sent, so each event carries its own errors only.
 * It compares error objects, not counts: should the runtime start returning fresh errors per
 * event, nothing is dropped. Registered before the error mask, it sees the runtime's own objects.
 */
// Subscribers sharing an upstream (shared-subscriptions/) get the same data object: serialised once.
const serialised = new WeakMap<object, string>();
const serialise = (data: object) => {
  let text = serialised.get(data);
  if (text === undefined) serialised.set(data, (text = JSON.stringify(data)));
  return text;
};

export function useFreshSubscriptionErrors() {
  return {
    onSubscribe() {
      const sent = new WeakSet<object>();
      // The same execution context keeps the last event's data: when the subgraph's stream fails
      // (the issues subgraph dies), the runtime sends that error with the PREVIOUS event's data
      // again. Data identical to what the last message carried is not this message's: dropped, so
      // a final error message carries errors only.
      let lastData: string | undefined;
      const onNext: OnNext = ({ result, setResult }) => {
        const data = result.data == null ? undefined : serialise(result.data);
        if (!result.errors?.length) {
          lastData = data;
          return;
        }
        const stale = data !== undefined && data === lastData;
        if (!stale) lastData = data;
        const fresh = result.errors.filter((error) => !sent.has(error));
        for (const error of result.errors) sent.add(error);
        if (fresh.length === result.errors.length && !stale) return;
        const { errors: _stale, data: _data, ...rest } = result;
        const next: ExecutionResult = stale ? rest : { ...rest, data: result.data };
        setResult(fresh.length ? { ...next, errors: fresh } : next);
      };
      return { onSubscribeResult: () => ({ onNext }) };
    },
  };
}
