import { NotificationsInitial1764700000000 } from './1764700000000-notifications-initial';
import { NotificationsSealedUrl1764800000000 } from './1764800000000-notifications-sealed-url';
import { NotificationsOwnEvents1764900000000 } from './1764900000000-notifications-own-events';
import { NotificationsCalendar1765200000000 } from './1765200000000-notifications-calendar';
import { NotificationsReminders1765300000000 } from './1765300000000-notifications-reminders';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [NotificationsInitial1764700000000, NotificationsSealedUrl1764800000000, NotificationsOwnEvents1764900000000, NotificationsCalendar1765200000000, NotificationsReminders1765300000000];
