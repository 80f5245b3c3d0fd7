import { loadCheckpoint, readEvents, saveCheckpoint } from '@qinshang/eventlog';
import type { SqlRunner } from '../common/sql';
import { applyEvents, CONSUMED_TYPES, CONSUMER_NAME, PROJECTION_TABLES } from './projector';

export interface RebuildResult {
  events: number;
  position: string;
  ms: number;
}

/**
 * Rebuilds every projection from the beginning of the log, inside the caller's transaction
 * (scope `city`): takes the consumer's checkpoint (a running consumer pauses on it), clears the
 * projection tables and resets the checkpoint, replays the log, saves the new position. Readers
 * see the old projections until the commit and the new ones after it, never a half-built state.
 * Published months and confirmed commendations are records, not projections: untouched.
 */
export async function rebuildProjections(runner: SqlRunner, { batchSize = 5000 } = {}): Promise<RebuildResult> {
  const started = Date.now();
  await loadCheckpoint(runner, CONSUMER_NAME, { lock: 'wait' });
  for (const table of PROJECTION_TABLES) await runner.query(`DELETE FROM evaluation.${table}`);
  await saveCheckpoint(runner, CONSUMER_NAME, '0');
  let position = '0';
  let count = 0;
  for (;;) {
    const events = await readEvents(runner, { after: position, limit: batchSize, types: CONSUMED_TYPES });
    if (events.length === 0) break;
    await applyEvents(runner, events);
    position = events[events.length - 1].position;
    count += events.length;
  }
  await saveCheckpoint(runner, CONSUMER_NAME, position);
  return { events: count, position, ms: Date.now() - started };
}
