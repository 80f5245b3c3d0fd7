import type { MonthlyReportSubmitted, VisitExcused, VisitRecorded } from '@qinshang/eventlog';
import { iso, type Fold } from '../batch';

/** The officials' work: visits (counted per month), excuses and monthly reports. */
export const workFold: Fold = {
  types: ['visit.recorded', 'visit.excused', 'report.submitted'],
  apply(event, batch) {
    switch (event.type) {
      case 'visit.recorded': {
        const p = event.payload as VisitRecorded;
        const period = p.period ?? p.visitedOn.slice(0, 7);
        const key = `${period}|${p.officialId}`;
        const current = batch.visits.get(key) ?? { district_id: p.districtId, official_id: p.officialId, period, visits: 0 };
        current.visits++;
        batch.visits.set(key, current);
        const byEnterprise = `${key}|${p.enterpriseId}`;
        const visited = batch.enterpriseVisits.get(byEnterprise) ?? { district_id: p.districtId, official_id: p.officialId, enterprise_id: p.enterpriseId, period, visits: 0 };
        visited.visits++;
        batch.enterpriseVisits.set(byEnterprise, visited);
        break;
      }
      case 'visit.excused': {
        const p = event.payload as VisitExcused;
        const key = `${p.period}|${p.officialId}|${p.enterpriseId}`;
        if (!batch.excuses.has(key)) batch.excuses.set(key, { district_id: p.districtId, official_id: p.officialId, enterprise_id: p.enterpriseId, period: p.period, reason: p.reason });
        break;
      }
      case 'report.submitted': {
        // The first report of a month for an enterprise counts; a later resubmission does not move it.
        const p = event.payload as MonthlyReportSubmitted;
        const key = `${p.period}|${p.officialId}|${p.enterpriseId}`;
        if (!batch.reports.has(key)) {
          batch.reports.set(key, { district_id: p.districtId, official_id: p.officialId, enterprise_id: p.enterpriseId, period: p.period, submitted_at: iso(p.submittedAt), late: Boolean(p.late) });
        }
        break;
      }
    }
  },
};
