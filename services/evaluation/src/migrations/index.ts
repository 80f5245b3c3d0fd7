import { EvaluationInitial1763800000000 } from './1763800000000-evaluation-initial';
import { EvaluationProjections1764200000000 } from './1764200000000-evaluation-projections';
import { EvaluationIdempotency1764900000000 } from './1764900000000-evaluation-idempotency';
import { EvaluationCalendar1765000000000 } from './1765000000000-evaluation-calendar';
import { EvaluationBulletin1765100000000 } from './1765100000000-evaluation-bulletin';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [EvaluationInitial1763800000000, EvaluationProjections1764200000000, EvaluationIdempotency1764900000000, EvaluationCalendar1765000000000, EvaluationBulletin1765100000000];
