/**
 * The wait before attempt `attempt + 1` after `attempt` failures: exponential from `baseMs`,
 * capped at `maxMs`, with "equal jitter" (half fixed, half random), so a crowd of deliveries
 * failing together spreads out but every wait still grows. Kept in the database as the
 * delivery's `next_attempt_at` rather than in a retry loop in memory: a retry schedule of 24 hours
 * must survive restarts, and an endpoint waiting for its next attempt must hold no worker.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
