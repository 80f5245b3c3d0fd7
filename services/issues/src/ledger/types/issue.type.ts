import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { IssueAction, IssueStatus } from '../state-machine';
import { IssueCategory, Urgency, EscalationLevel, ProblemClass } from './enums';
import { Enterprise } from './enterprise.type';
import { Department } from './department.type';
import { Closure } from './closure.type';
import { RaisedBy } from './raised-by.type';

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
  @Field(() => ProblemClass, { nullable: true, description: '问题分类 A/B/C/D as the office classed it; null when it was not' })
  problemClass: ProblemClass | null;
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
