import { useSyncExternalStore } from 'react';

export type SocketStatus = 'idle' | 'connecting' | 'live' | 'closed';

/** The live socket's state, for the pages that show whether their feed is live. */
function createStatusStore() {
  let status: SocketStatus = 'idle';
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next: SocketStatus) {
      if (next === status) return;
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const socketStatus = createStatusStore();

export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(socketStatus.subscribe, socketStatus.get);
}
