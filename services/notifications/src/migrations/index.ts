import { NotificationsInitial1764700000000 } from './1764700000000-notifications-initial';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [NotificationsInitial1764700000000];
