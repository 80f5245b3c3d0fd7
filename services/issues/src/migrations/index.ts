import { IssuesInitial1763800000000 } from './1763800000000-issues-initial';
import { IssuesLedger1764200000000 } from './1764200000000-issues-ledger';
import { IssuesGenerated1764300000000 } from './1764300000000-issues-generated';
import { IssuesDistrictRef1764400000000 } from './1764400000000-issues-district-ref';
import { IssuesSystemicScope1764500000000 } from './1764500000000-issues-systemic-scope';
import { IssuesDepartmentEscalations1764600000000 } from './1764600000000-issues-department-escalations';
import { IssuesDepartmentScope1764700000000 } from './1764700000000-issues-department-scope';
import { IssuesIdempotency1764800000000 } from './1764800000000-issues-idempotency';
import { IssuesCalendar1765000000000 } from './1765000000000-issues-calendar';
import { IssuesDistrictStats1765100000000 } from './1765100000000-issues-district-stats';
import { IssuesActorRef1765200000000 } from './1765200000000-issues-actor-ref';
import { IssuesProblemClass1765300000000 } from './1765300000000-issues-problem-class';
import { IssuesRecountDistrictStats1765400000000 } from './1765400000000-issues-recount-district-stats';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [IssuesInitial1763800000000, IssuesLedger1764200000000, IssuesGenerated1764300000000, IssuesDistrictRef1764400000000, IssuesSystemicScope1764500000000, IssuesDepartmentEscalations1764600000000, IssuesDepartmentScope1764700000000, IssuesIdempotency1764800000000, IssuesCalendar1765000000000, IssuesDistrictStats1765100000000, IssuesActorRef1765200000000, IssuesProblemClass1765300000000, IssuesRecountDistrictStats1765400000000];
