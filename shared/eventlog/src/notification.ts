/**
 * The payload of the event log's NOTIFY (`EVENTLOG_CHANNEL`): the highest position the commit
 * wrote, a space, and the event types it wrote, comma-separated (`1234 issue.raised`). A follower
 * of some types only then sleeps through the commits of others instead of asking the database
 * each time whether they concern it (under a busy log most of its wakes did). A payload written
 * before the types were added (`1234`) or not understood names no types: it wakes everyone.
 */
export interface EventlogNotice {
  position: bigint | null;
  /** The types the commit wrote; null when the payload does not say. */
  types: readonly string[] | null;
}

const NOTICE = /^(\d+)(?: ([a-z0-9_.,-]+))?$/i;

/** The types part of a notice: each type once, in the order first written. */
export function noticeTypes(types: Iterable<string>): string {
  return [...new Set(types)].join(',');
}

export function parseNotice(payload: string | undefined): EventlogNotice {
  const match = NOTICE.exec(payload ?? '');
  if (!match) return { position: null, types: null };
  return { position: BigInt(match[1]), types: match[2] ? match[2].split(',').filter(Boolean) : null };
}

/** False only when the notice names its types and none is one of `wanted` (no `wanted`: everything concerns). */
export function concerns(notice: EventlogNotice, wanted: readonly string[] | undefined): boolean {
  if (!wanted?.length || !notice.types?.length) return true;
  return notice.types.some((type) => wanted.includes(type));
}
