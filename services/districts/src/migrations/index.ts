import { DistrictsInitial1763800000000 } from './1763800000000-districts-initial';
import { DistrictsOrganisation1763900000000 } from './1763900000000-districts-organisation';
import { DistrictsVisits1764000000000 } from './1764000000000-districts-visits';
import { DistrictsWorkflow1764200000000 } from './1764200000000-districts-workflow';
import { DistrictsRules1764400000000 } from './1764400000000-districts-rules';
import { DistrictsDepartmentScope1764500000000 } from './1764500000000-districts-department-scope';
import { DistrictsIdempotency1764900000000 } from './1764900000000-districts-idempotency';
import { DistrictsCalendar1765000000000 } from './1765000000000-districts-calendar';
import { DistrictsOrganisationCount1765100000000 } from './1765100000000-districts-organisation-count';
import { DistrictsReminders1765300000000 } from './1765300000000-districts-reminders';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [DistrictsInitial1763800000000, DistrictsOrganisation1763900000000, DistrictsVisits1764000000000, DistrictsWorkflow1764200000000, DistrictsRules1764400000000, DistrictsDepartmentScope1764500000000, DistrictsIdempotency1764900000000, DistrictsCalendar1765000000000, DistrictsOrganisationCount1765100000000, DistrictsReminders1765300000000];
