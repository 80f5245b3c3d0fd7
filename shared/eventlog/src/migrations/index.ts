import { EventlogInitial1764100000000 } from './1764100000000-eventlog-initial';
import { EventlogTraceContext1765100000000 } from './1765100000000-eventlog-trace-context';
import { EventlogNumberedAtCommit1765500000000 } from './1765500000000-eventlog-numbered-at-commit';
import { EventlogNoticeTypes1765600000000 } from './1765600000000-eventlog-notice-types';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [EventlogInitial1764100000000, EventlogTraceContext1765100000000, EventlogNumberedAtCommit1765500000000, EventlogNoticeTypes1765600000000];
