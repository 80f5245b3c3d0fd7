import { IdentityInitial1765100000000 } from './1765100000000-identity-initial';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [IdentityInitial1765100000000];
