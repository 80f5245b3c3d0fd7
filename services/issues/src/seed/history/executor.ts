import { Role, type Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import type { Client } from 'pg';
import type { AssignIssueInput, DecideEscalationInput, RaiseIssueInput } from '../../ledger/issue.inputs';
import type { EscalationOutcome, IssueCategory, Satisfaction } from '../../ledger/types';
import { LedgerService } from '../../ledger/ledger.service';
import { SOURCE } from '../../ledger/ledger.writer';
import { EventBuffer } from './event-buffer';
import { uuidFor } from './ids';
import { SimulatedLedgerWriter, type Simulation } from './simulated-writer';
import type { PlannedProblem, PlannedStep } from './plan';

export interface ExecutionResult {
  problems: number;
  steps: number;
  issueIds: string[];
}

/**
 * Plays a plan through the ledger's own code (`LedgerService`), step by step in the order they
 * happened across all problems, each step at its own moment and as its own actor (the official,
 * the enterprise, the tenant's office, the city office or the department, with the role the
 * state machine requires). Events are exactly what the live ledger writes; they are appended in
 * large batches at the end (see `EventBuffer`). Runs in the caller's transaction, as the owner
 * with `qinshang.scope=city`.
 */
export async function executePlan(client: Client, problems: PlannedProblem[], options: { cityCode: string; departmentDistricts: ReadonlyMap<string, string | null>; seed?: string }): Promise<ExecutionResult> {
  const buffer = new EventBuffer(client, SOURCE);
  await buffer.open();
  const db = new HistoryDb(client);
  let clock = new Date(0);
  let ids = 0;
  const seed = options.seed ?? 'qinshang';
  const simulation: Simulation = {
    now: () => clock,
    newId: () => uuidFor(`issues:${seed}:${ids++}`),
    append: (events) => buffer.append(events),
  };

  const order = problems
    .flatMap((problem) => problem.steps.map((step, index) => ({ problem, step, index })))
    .sort((a, b) => a.step.at.getTime() - b.step.at.getTime() || a.problem.seq - b.problem.seq || a.index - b.index);
  const issueOf = new Map<number, string>();
  const escalationOf = new Map<number, string>();

  for (const { problem, step } of order) {
    clock = step.at;
    const caller = callerFor(step, problem, options);
    buffer.actor = caller.sub;
    buffer.role = caller.role;
    const ledger = new LedgerService(db as unknown as RequestDb, caller, (...args) => new SimulatedLedgerWriter(...args, simulation));
    const issueId = issueOf.get(problem.seq)!;
    switch (step.kind) {
      case 'raise': {
        const input = { enterpriseId: problem.enterpriseId, category: step.category as IssueCategory, title: step.title, description: step.description, urgency: step.urgency, resolvedOnSpot: step.resolvedOnSpot, problemClass: problem.class } as RaiseIssueInput;
        issueOf.set(problem.seq, (await ledger.raise(input)).id);
        break;
      }
      case 'assign':
        await ledger.assign({ issueId, departmentId: step.departmentId, responsiblePerson: step.responsiblePerson, milestones: step.milestones } as AssignIssueInput);
        break;
      case 'return':
        await ledger.returnIssue({ issueId, reason: step.reason });
        break;
      case 'accept':
        await ledger.accept({ issueId });
        break;
      case 'respond':
        await ledger.respond({ issueId, message: step.message });
        break;
      case 'completeMilestone': {
        const milestoneId = db.openMilestone(issueId);
        if (milestoneId) await ledger.completeMilestone({ issueId, milestoneId });
        break;
      }
      case 'requestExtension':
        await ledger.requestExtension({ issueId, dueAt: step.dueAt, reason: step.reason });
        break;
      case 'decideExtension':
        await ledger.decideExtension({ issueId, approve: step.approve, note: step.note });
        break;
      case 'resolve':
        await ledger.resolve({ issueId, resolution: step.resolution });
        break;
      case 'confirm':
        await ledger.confirmClosure({ issueId, satisfaction: step.satisfaction as Satisfaction, comment: step.comment ?? undefined });
        break;
      case 'escalate':
        escalationOf.set(problem.seq, (await ledger.escalate({ issueId, reason: step.reason })).escalation.id);
        break;
      case 'decideEscalation':
        await ledger.decideEscalation({
          escalationId: escalationOf.get(problem.seq)!,
          decision: step.decision,
          instructions: step.instructions,
          outcome: step.outcome as EscalationOutcome,
          departmentId: step.departmentId,
          responsiblePerson: step.responsiblePerson,
        } as DecideEscalationInput);
        break;
    }
  }
  await buffer.flush();
  return { problems: problems.length, steps: order.length, issueIds: [...issueOf.values()] };
}

/** The caller a step is taken as, named as the history shows it. */
function callerFor(step: PlannedStep, problem: PlannedProblem, options: { cityCode: string; departmentDistricts: ReadonlyMap<string, string | null> }): Caller {
  switch (step.by) {
    case 'OFFICIAL':
      return { sub: `official:${problem.officialId}`, role: Role.OFFICIAL, districtId: problem.districtId, officialId: problem.officialId };
    case 'ENTERPRISE':
      return { sub: `enterprise:${problem.enterpriseId}`, role: Role.ENTERPRISE, districtId: problem.districtId, enterpriseId: problem.enterpriseId };
    case 'OFFICE':
      return { sub: `office:${problem.districtId}`, role: Role.DISTRICT_ADMIN, districtId: problem.districtId };
    case 'CITY':
      return { sub: `office:${options.cityCode}`, role: Role.CITY_ADMIN };
    case 'DEPARTMENT': {
      const districtId = options.departmentDistricts.get(step.departmentId!) ?? undefined;
      return { sub: `department:${step.departmentId}`, role: Role.DEPARTMENT, departmentId: step.departmentId, ...(districtId ? { districtId } : {}) };
    }
  }
}

/**
 * The ledger's database for the history: the seed's own transaction, in which nothing else
 * writes. That lets it answer the ledger's repeated reads without a round trip: reference data
 * (rules, departments, enterprises) does not change during the run, and a problem's row is what
 * the ledger itself last wrote (its INSERT and UPDATE return the whole row). Everything else, and
 * any read it cannot answer, goes to the database.
 */
export class HistoryDb {
  private readonly references = new Map<string, unknown[]>();
  private readonly issues = new Map<string, Record<string, unknown>>();

  /** Each problem's milestones not yet done, soonest first, as the ledger wrote them. */
  private readonly milestones = new Map<string, Array<{ id: string; dueOn: string }>>();
  private readonly milestoneIssue = new Map<string, string>();

  constructor(private readonly client: Client) {}

  openMilestone(issueId: string): string | null {
    return this.milestones.get(issueId)?.[0]?.id ?? null;
  }

  async query(sql: string, parameters: unknown[] = []): Promise<unknown[]> {
    if (/^\s*SELECT i\.\* FROM issues\.issue i WHERE i\.id = \$1 AND /.test(sql)) {
      const row = this.issues.get(parameters[0] as string);
      if (row) return [row];
    }
    const reference = /^\s*SELECT [^;]* FROM issues\.(rules|calendar|department_ref|enterprise_ref)\b/.test(sql) ? `${sql}|${JSON.stringify(parameters)}` : null;
    if (reference && this.references.has(reference)) return this.references.get(reference)!;
    const { rows } = await this.client.query(sql, parameters);
    if (/^\s*INSERT INTO issues\.milestone \(id, issue_id, district_id, department_id, title, due_on\)/.test(sql)) {
      const [id, issueId, , , , dueOn] = parameters as string[];
      const open = [...(this.milestones.get(issueId) ?? []), { id, dueOn }].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : 1));
      this.milestones.set(issueId, open);
      this.milestoneIssue.set(id, issueId);
    }
    if (/^\s*UPDATE issues\.milestone SET done_at = \$2 WHERE id = \$1/.test(sql)) {
      const issueId = this.milestoneIssue.get(parameters[0] as string);
      if (issueId) this.milestones.set(issueId, (this.milestones.get(issueId) ?? []).filter((m) => m.id !== parameters[0]));
    }
    if (reference) this.references.set(reference, rows);
    if (/^\s*(INSERT INTO|UPDATE) issues\.issue\b[^]*RETURNING \*\s*$/.test(sql)) for (const row of rows) this.issues.set(row.id, row);
    return rows;
  }
}
