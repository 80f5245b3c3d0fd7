import { DistrictsInitial1763800000000 } from './1763800000000-districts-initial';
import { DistrictsOrganisation1763900000000 } from './1763900000000-districts-organisation';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [DistrictsInitial1763800000000, DistrictsOrganisation1763900000000];
