/**
 * Lock-out with back-off. Per account: the `threshold`-th failure in a row locks it for
 * `baseSeconds`; while locked every attempt is refused without looking at the password; each
 * further failure after a lock has run out locks it again for twice as long, up to `maxSeconds`.
 * A successful sign-in resets the count. Per address the same, with its own threshold, whatever
 * accounts it tried (failures older than the window are forgotten).
 */
export interface LockoutPolicy {
  threshold: number;
  baseSeconds: number;
  maxSeconds: number;
}

/** How long to lock after this many consecutive failures; 0 while below the threshold. */
export function lockSeconds(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.threshold) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(30, failures - policy.threshold));
}
