import { DistrictsInitial1763800000000 } from './1763800000000-districts-initial';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [DistrictsInitial1763800000000];
