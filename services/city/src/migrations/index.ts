import { CityInitial1763800000000 } from './1763800000000-city-initial';
import { CityOrganisation1764200000000 } from './1764200000000-city-organisation';
import { CityDepartmentScope1764700000000 } from './1764700000000-city-department-scope';
import { CityEnterprisePairing1764800000000 } from './1764800000000-city-enterprise-pairing';
import { CityCalendar1765000000000 } from './1765000000000-city-calendar';
import { CityIdempotency1765200000000 } from './1765200000000-city-idempotency';
import { CityReminders1765300000000 } from './1765300000000-city-reminders';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [CityInitial1763800000000, CityOrganisation1764200000000, CityDepartmentScope1764700000000, CityEnterprisePairing1764800000000, CityCalendar1765000000000, CityIdempotency1765200000000, CityReminders1765300000000];
