import { PageInfo } from '@qinshang/subgraph';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { District } from './district.type';
import { IssueAction, IssueStatus } from './state-machine';

export enum IssueCategory {
  LABOR = 'LABOR',
  LAND = 'LAND',
  APPROVAL = 'APPROVAL',
  FINANCING = 'FINANCING',
  TRANSPORT = 'TRANSPORT',
  ENVIRONMENT = 'ENVIRONMENT',
  POLICY = 'POLICY',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  OTHER = 'OTHER',
}
export enum Urgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
export enum EscalationLevel {
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
}
export enum EscalationStatus {
  OPEN = 'OPEN',
  DECIDED = 'DECIDED',
}
export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
export enum EscalationOutcome {
  ASSIGN = 'ASSIGN',
  BACK_TO_OFFICE = 'BACK_TO_OFFICE',
  UNSOLVABLE = 'UNSOLVABLE',
  RESOLVED = 'RESOLVED',
}

registerEnumType(IssueCategory, {
  name: 'IssueCategory',
  description: 'What the difficulty is about',
  valuesConfig: {
    LABOR: { description: '用工' },
    LAND: { description: '用地' },
    APPROVAL: { description: '审批' },
    FINANCING: { description: '融资' },
    TRANSPORT: { description: '交通运输' },
    ENVIRONMENT: { description: '发展环境' },
    POLICY: { description: '政策支持' },
    INFRASTRUCTURE: { description: '基础设施' },
    OTHER: { description: '其他' },
  },
});
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  valuesConfig: { DISTRICT: { description: "The tenant's leading group" }, CITY: { description: "The city's leading group" } },
});
registerEnumType(EscalationStatus, { name: 'EscalationStatus', valuesConfig: { OPEN: { description: 'Waiting for the leading group to decide' } } });
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  valuesConfig: { SATISFIED: { description: '满意' }, BASICALLY_SATISFIED: { description: '基本满意' }, DISSATISFIED: { description: '不满意' } },
});
registerEnumType(EscalationOutcome, { name: 'EscalationOutcome', description: "What a leading group's decision sends back down" });
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: 'Where a problem stands on the ledger (state machine in the README)',
  valuesConfig: {
    RAISED: { description: 'Entered in the ledger; the office decides what happens' },
    ASSIGNED: { description: 'Given to a department and a responsible person (分解到具体部门和责任人)' },
    RETURNED: { description: 'Sent back by the department with a reason (退单); the office re-assigns' },
    ACCEPTED: { description: 'The department took it on' },
    IN_PROGRESS: { description: 'Being worked along its roadmap' },
    RESOLVED: { description: 'Solved; waiting for the enterprise to confirm' },
    REOPENED: { description: 'The enterprise was not satisfied; back with the department' },
    ESCALATED: { description: 'With a leading group (上报领导小组)' },
    UNSOLVABLE: { description: 'Cannot be solved under current policy (政策性暂不能解决); kept apart from resolved' },
    CLOSED: { description: 'Struck off the ledger (销号) after the enterprise confirmed' },
  },
});
registerEnumType(IssueAction, { name: 'IssueAction', description: 'A step in the ledger state machine' });

/**
 * An enterprise, owned by the districts subgraph; this subgraph adds its problems. Its name and
 * tenant are `@external`: served here only where `Issue.enterprise` provides them (from this
 * service's projections), so a problem's enterprise costs no call to the districts subgraph.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '企业: an enterprise (owned by the districts subgraph)' })
export class Enterprise {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field()
  name?: string;

  @Directive('@external')
  @Field(() => District)
  district?: District;

  /** Set once `name` and `district` are filled in (or withheld) for this caller: do not read them again. */
  resolved?: boolean;
}

/** A department, owned by the city subgraph; this subgraph adds the problems assigned to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '部门: a department (owned by the city subgraph)' })
export class Department {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'A roadmap milestone (路线图) with its own due date' })
export class Milestone {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field({ description: 'Due date (YYYY-MM-DD)' })
  dueOn: string;
  @Field(() => Date, { nullable: true })
  doneAt: Date | null;
  @Field({ description: 'Past its due date and not done' })
  overdue: boolean;
}

@ObjectType({ description: 'A request to move the due date, and its decision' })
export class ExtensionRequest {
  @Field(() => ID)
  id: string;
  @Field()
  requestedDueAt: Date;
  @Field()
  previousDueAt: Date;
  @Field()
  reason: string;
  @Field({ description: 'PENDING, APPROVED or REFUSED' })
  status: string;
  @Field()
  requestedAt: Date;
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
  @Field(() => String, { nullable: true })
  decisionNote: string | null;
}

@ObjectType({ description: "One step of a problem's history: who did what, when and why (append-only)" })
export class IssueEvent {
  @Field({ description: "The event's position in the platform's event log" })
  position: string;
  @Field({ description: 'The event type, e.g. issue.assigned' })
  type: string;
  @Field()
  at: Date;
  @Field({ description: 'Who did it (token subject, or system:scheduler)' })
  actor: string;
  @Field()
  actorRole: string;
  @Field(() => IssueStatus, { nullable: true })
  fromStatus: IssueStatus | null;
  @Field(() => IssueStatus)
  toStatus: IssueStatus;
  @Field(() => Int)
  version: number;
  @Field(() => String, { nullable: true, description: 'The reason, message, resolution or decision given' })
  note: string | null;
  @Field({ description: 'Done by the platform (the scheduler), not a person' })
  automatic: boolean;
}

@ObjectType({ description: "The enterprise's confirmation (销号) and rating" })
export class Closure {
  @Field()
  confirmedAt: Date;
  @Field(() => Satisfaction)
  satisfaction: Satisfaction;
  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ description: 'Who raised a problem' })
export class RaisedBy {
  @Field({ description: 'OFFICIAL, ENTERPRISE, DISTRICT_ADMIN (the office) or CITY_ADMIN' })
  role: string;
  @Field()
  actor: string;
  @Field(() => String, { nullable: true })
  officialId: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: '问题: a difficulty an enterprise raised, on the ledger until the enterprise confirms it solved' })
export class Issue {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Ledger number, per tenant and year: 610111-2016-000123' })
  ledgerNo: string;
  @Directive('@provides(fields: "name district { id name }")')
  @Field(() => Enterprise, { description: 'The enterprise, with its name and tenant from this ledger (no call to the districts subgraph)' })
  enterprise: Enterprise;
  @Field(() => ID)
  districtId: string;
  @Field(() => RaisedBy)
  raisedBy: RaisedBy;
  @Field(() => IssueCategory)
  category: IssueCategory;
  @Field(() => Urgency)
  urgency: Urgency;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field(() => IssueStatus)
  status: IssueStatus;
  @Field(() => EscalationLevel, { nullable: true, description: 'The leading group it is with, while escalated' })
  level: EscalationLevel | null;
  @Field(() => Department, { nullable: true })
  department: Department | null;
  @Field(() => String, { nullable: true })
  responsiblePerson: string | null;
  @Field()
  raisedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Answer due by (件件有回应)' })
  responseDueAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'First answered at' })
  respondedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The timetable: the overall due date, which keeps running across escalation' })
  dueAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the current stage (assignment, acceptance, work, a leading group decision) is due' })
  stageDueAt: Date | null;
  @Field({ description: 'Open and past the overall due date' })
  overdue: boolean;
  @Field({ description: 'Not answered and past the response due date' })
  responseOverdue: boolean;
  @Field({ description: 'The current stage is past its due date' })
  stageOverdue: boolean;
  @Field(() => String, { nullable: true })
  resolution: string | null;
  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
  @Field(() => Closure, { nullable: true })
  closure: Closure | null;
  @Field(() => Int, { description: 'Optimistic concurrency: pass it back as expectedVersion' })
  version: number;
  @Field(() => [IssueAction], { description: 'What can happen next, from the current status (whoever may do it)' })
  allowedActions: IssueAction[];
  @Field(() => ID, { nullable: true })
  systemicIssueId: string | null;

  departmentId: string | null;
  satisfaction: string | null;
  closedAt: Date | null;
  closureComment: string | null;
  officialId: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An escalation to a leading group (上报领导小组) and its decision' })
export class Escalation {
  @Field(() => ID)
  id: string;
  @Field(() => EscalationLevel)
  level: EscalationLevel;
  @Field()
  reason: string;
  @Field()
  raisedAt: Date;
  @Field({ description: 'Raised by the scheduler because the problem was overdue' })
  automatic: boolean;
  @Field(() => EscalationStatus)
  status: EscalationStatus;
  @Field(() => Date, { nullable: true, description: 'The leading group should decide by' })
  decideBy: Date | null;
  @Field(() => String, { nullable: true })
  decision: string | null;
  @Field(() => String, { nullable: true, description: 'Instructions sent back down with the decision' })
  instructions: string | null;
  @Field(() => EscalationOutcome, { nullable: true })
  outcome: EscalationOutcome | null;
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
  @Field(() => ID)
  districtId: string;
  @Field(() => ID, { nullable: true })
  systemicIssueId: string | null;

  issueId: string;
  /** The problem, already read (the live feed reads each event once and shares it): not read again. */
  preloadedIssue?: Issue;
}

@ObjectType()
export class IssueEdge {
  @Field()
  cursor: string;
  @Field(() => Issue)
  node: Issue;
}

@ObjectType({ description: 'A page of problems (Relay connection), newest first' })
export class IssueConnection {
  @Field(() => Int)
  totalCount: number;
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => [IssueEdge])
  edges: IssueEdge[];
}

@ObjectType()
export class EscalationEdge {
  @Field()
  cursor: string;
  @Field(() => Escalation)
  node: Escalation;
}

@ObjectType({ description: 'A page of escalations (Relay connection), oldest first' })
export class EscalationConnection {
  @Field(() => Int)
  totalCount: number;
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => [EscalationEdge])
  edges: EscalationEdge[];
}

@ObjectType({ description: '共性和系统性的重大问题: problems across enterprises and tenants, handled and escalated as one' })
export class SystemicIssue {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field()
  status: string;
  @Field()
  createdAt: Date;
}

@ObjectType()
export class IssuePayload {
  @Field(() => Issue)
  issue: Issue;
}

@ObjectType()
export class EscalationPayload {
  @Field(() => Issue)
  issue: Issue;
  @Field(() => Escalation)
  escalation: Escalation;
}
