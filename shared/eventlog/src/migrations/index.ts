import { EventlogInitial1764100000000 } from './1764100000000-eventlog-initial';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [EventlogInitial1764100000000];
