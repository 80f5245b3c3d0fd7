import { randomUUID } from 'node:crypto';
import type { IssueTransition, NewEvent } from '@qinshang/eventlog';
import { addMonths } from '@qinshang/calendar';

/**
 * A generated campaign history, for the rebuild test and the benchmark: tenants, officials,
 * pairings (some ended and re-paired), visits, excuses, monthly reports, problems with every
 * kind of transition (returns without a reason included), closures with ratings, escalations and
 * inspections with deductions. Deterministic for a seed (ids excepted, which take a prefix).
 */
export interface HistoryOptions {
  prefix: string;
  tenants: number;
  officialsPerTenant: number;
  /** First month, YYYY-MM, and how many months. */
  from: string;
  months: number;
  seed?: number;
  /** Publish a rules version effective from the first month (its version number). */
  rulesVersion?: number | null;
}

function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const KINDS = ['DISTRICT', 'COUNTY', 'DEVELOPMENT_ZONE', 'NEW_AREA'] as const;
const CATEGORIES = ['LABOR', 'LAND', 'APPROVAL', 'FINANCING', 'OTHER'];

const at = (period: string, day: number, hour = 2) => `${period}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export function generateHistory(options: HistoryOptions): { events: NewEvent[]; districtIds: string[]; officialIds: string[] } {
  const random = prng(options.seed ?? 20160603);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const events: NewEvent[] = [];
  const meta = { actor: 'system:synthetic', actorRole: 'SYSTEM' };
  const push = <T extends NewEvent['type']>(type: T, districtId: string | null, payload: NewEvent<T>['payload'], occurredAt: string, streamId: string = randomUUID()) =>
    events.push({ type, streamType: type.split('.')[0], streamId, districtId, payload, occurredAt: new Date(occurredAt), ...meta } as NewEvent);

  const first = options.from;
  if (options.rulesVersion != null) {
    push(
      'campaign.rules_published',
      null,
      {
        campaignId: `${options.prefix}-campaign`,
        version: options.rulesVersion,
        effectiveFrom: first,
        minVisitsPerMonth: 2,
        deadlines: Object.fromEntries(CATEGORIES.map((c) => [c, { responseHours: 48, resolutionDays: 15 }])),
        weights: { visits: 0.3, report: 0.1, response: 0.2, resolution: 0.2, satisfaction: 0.2 },
        reportDueDay: 5,
        commendationQuotas: { outstanding: 3, excellent: 10 },
        disqualifyingDeduction: 6,
        minimumSample: 3,
      },
      `${first}-01T00:00:00.000Z`,
    );
  }
  const districtIds: string[] = [];
  const officialIds: string[] = [];
  const officials: Array<{ id: string; districtId: string; enterprise: string; pairing: string }> = [];
  for (let t = 0; t < options.tenants; t++) {
    const districtId = `${options.prefix}D${t}`;
    districtIds.push(districtId);
    push('district.registered', districtId, { districtId, name: `合成区 ${t}`, kind: KINDS[t % KINDS.length] }, at(first, 1, 0));
    for (let o = 0; o < options.officialsPerTenant; o++) {
      const id = `${districtId}-O${o}`;
      const enterprise = `${districtId}-E${o}`;
      const pairing = `${id}-P0`;
      officialIds.push(id);
      push('enterprise.added', districtId, { enterpriseId: enterprise, districtId, name: enterprise, creditCode: '', sector: 'INDUSTRY', source: 'CITY_ASSIGNED', aboveScale: false, kind: 'ENTERPRISE' }, at(first, 1, 0));
      push('official.added', districtId, { officialId: id, districtId, name: id, title: null, department: null }, at(first, 1, 0));
      push('pairing.started', districtId, { pairingId: pairing, districtId, officialId: id, enterpriseId: enterprise, startedOn: `${first}-01`, replaces: null, reason: null }, at(first, 1, 1));
      officials.push({ id, districtId, enterprise, pairing });
    }
  }
  let issueNo = 0;
  for (let m = 0; m < options.months; m++) {
    const period = addMonths(first, m);
    const next = addMonths(first, m + 1);
    for (const official of officials) {
      const { districtId } = official;
      // Now and then an official is re-paired mid-month with a new enterprise.
      if (m > 0 && random() < 0.04) {
        const enterprise = `${official.enterprise}-${m}`;
        const pairing = `${official.id}-P${m}`;
        push('enterprise.added', districtId, { enterpriseId: enterprise, districtId, name: enterprise, creditCode: '', sector: 'COMMERCE', source: 'DISTRICT_SELECTED', aboveScale: false, kind: 'PROJECT' }, at(period, 14, 0));
        push('pairing.ended', districtId, { pairingId: official.pairing, districtId, officialId: official.id, enterpriseId: official.enterprise, endedOn: `${period}-14`, reason: 'repaired' }, at(period, 14, 1));
        push('pairing.started', districtId, { pairingId: pairing, districtId, officialId: official.id, enterpriseId: enterprise, startedOn: `${period}-15`, replaces: official.pairing, reason: 'repaired' }, at(period, 15, 1));
        Object.assign(official, { enterprise, pairing });
      }
      const excused = random() < 0.03;
      if (excused) {
        push('visit.excused', districtId, { excuseId: randomUUID(), districtId, officialId: official.id, enterpriseId: official.enterprise, period, reason: pick(['AWAY_ON_DUTY', 'ENTERPRISE_DECLINED', 'ILLNESS', 'TRAINING'] as const) }, at(period, 20));
      } else {
        const visits = pick([0, 1, 2, 2, 2, 2, 3, 3, 4]);
        for (let v = 0; v < visits; v++) {
          const day = 1 + Math.floor(random() * 27);
          push('visit.recorded', districtId, { visitId: randomUUID(), districtId, officialId: official.id, enterpriseId: official.enterprise, visitedOn: `${period}-${String(day).padStart(2, '0')}`, period, mode: pick(['HELP', 'ACCOMPANY', 'ON_BEHALF', 'VISIT'] as const) }, at(period, day));
        }
      }
      if (random() < 0.9) {
        const late = random() < 0.15;
        const submittedAt = at(next, late ? 8 : 3);
        push('report.submitted', districtId, { reportId: randomUUID(), districtId, officialId: official.id, enterpriseId: official.enterprise, period, submittedAt, dueAt: at(next, 5), late }, submittedAt);
      }
      if (random() < 0.5) {
        const issueId = `${options.prefix}-I${++issueNo}`;
        const raisedDay = 1 + Math.floor(random() * 20);
        const raisedAt = at(period, raisedDay);
        const category = pick(CATEGORIES);
        let version = 0;
        let status = 'RAISED';
        const step = (type: NewEvent['type'], when: string, extra: Partial<IssueTransition> = {}) => {
          const from = version === 0 ? null : status;
          version++;
          status = type.replace('issue.', '').toUpperCase();
          push(
            type,
            districtId,
            { issueId, ledgerNo: `${districtId}-${period.slice(0, 4)}-${String(issueNo).padStart(6, '0')}`, districtId, enterpriseId: official.enterprise, officialId: official.id, category, from, status, version, raisedAt, ...extra } as IssueTransition,
            when,
            issueId,
          );
        };
        step('issue.raised', raisedAt);
        const path = random();
        const closeWith = () => pick(['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const);
        if (path < 0.25) {
          step('issue.resolved_on_spot', raisedAt, { respondedAt: raisedAt, resolvedAt: raisedAt });
          step('issue.closed', at(period, raisedDay + 1), { satisfaction: closeWith() });
        } else {
          const due = at(addMonths(period, random() < 0.5 ? 0 : 1), 25);
          step('issue.assigned', at(period, raisedDay, 4), { dueAt: due });
          if (random() < 0.1) {
            step('issue.returned', at(period, raisedDay, 5), { reason: '' });
            step('issue.assigned', at(period, raisedDay, 6), { dueAt: due });
            step('issue.returned', at(period, raisedDay, 7), { reason: '  ' });
            step('issue.assigned', at(period, raisedDay, 8), { dueAt: due });
          }
          const answerDay = raisedDay + (random() < 0.8 ? 1 : 4);
          step('issue.accepted', at(period, answerDay, 1), { respondedAt: at(period, answerDay, 1) });
          if (random() < 0.15) step('issue.escalated', at(period, answerDay + 1), { level: 'DISTRICT' });
          const outcome = random();
          if (outcome < 0.7) {
            const solvedAt = random() < 0.8 ? at(period, Math.min(answerDay + 2, 27)) : at(addMonths(period, 1), 27);
            step('issue.resolved', solvedAt, { resolvedAt: solvedAt });
            step('issue.closed', solvedAt.replace('T02', 'T09'), { satisfaction: closeWith() });
          } else if (outcome < 0.75) {
            step('issue.unsolvable', at(period, 27));
          }
        }
      }
    }
    if (m % 3 === 2) {
      const official = pick(officials);
      const inspectionId = randomUUID();
      const findingId = randomUUID();
      push('inspection.recorded', official.districtId, { inspectionId, districtId: official.districtId, kind: pick(['CENTRALISED', 'ANNOUNCED', 'UNANNOUNCED', 'FOLLOW_UP'] as const), inspectedOn: `${period}-26`, officialIds: [official.id], findings: [{ findingId, summary: '纪实手册 incomplete', officialId: official.id, eventPosition: null }], publicCriticism: null, period }, at(period, 26));
      push('deduction.recorded', official.districtId, { deductionId: randomUUID(), inspectionId, findingId, districtId: official.districtId, officialId: official.id, points: 1 + Math.floor(random() * 4), reason: 'incomplete visit log', period }, at(period, 26));
    }
  }
  return { events, districtIds, officialIds };
}
