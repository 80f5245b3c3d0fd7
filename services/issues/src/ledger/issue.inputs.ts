import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EscalationLevel, EscalationOutcome, EscalationStatus, IssueCategory, ProblemClass, Satisfaction, Urgency } from './types';
import { IssueStatus } from './state-machine';

/** Every action on an existing problem names it and may pass the version it saw. */
@InputType({ description: 'A step on one problem: which, and the version you saw' })
export class IssueActionInput {
  @Field(() => ID)
  issueId: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT if the problem changed since' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class RaiseIssueInput {
  @Field(() => ID)
  enterpriseId: string;
  @Field(() => IssueCategory)
  category: IssueCategory;
  @Field()
  @Length(2, 200)
  title: string;
  @Field()
  @Length(1, 5000)
  description: string;
  @Field(() => Urgency, { nullable: true })
  @IsOptional()
  urgency?: Urgency;
  @Field(() => ProblemClass, { nullable: true, description: '问题分类: A simple, B district departments coordinate, C and D provisional, for the leading groups' })
  @IsOptional()
  problemClass?: ProblemClass;
  @Field(() => String, { nullable: true, description: 'Solved on the spot (当场解决): the resolution; the problem then waits for the enterprise to confirm' })
  @IsOptional()
  @Length(1, 5000)
  resolvedOnSpot?: string;
  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType()
export class MilestoneInput {
  @Field()
  @Length(1, 200)
  title: string;
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date, YYYY-MM-DD' })
  dueOn: string;
}

@InputType()
export class AssignIssueInput extends IssueActionInput {
  @Field(() => ID)
  departmentId: string;
  @Field({ description: 'The named responsible person (责任人)' })
  @Length(1, 100)
  responsiblePerson: string;
  @Field(() => Date, { nullable: true, description: "The timetable's due date; by default the campaign rules' resolution deadline for the category" })
  @IsOptional()
  dueAt?: Date;
  @Field(() => [MilestoneInput], { nullable: true, description: 'The roadmap' })
  @IsOptional()
  milestones?: MilestoneInput[];
}

@InputType()
export class ReasonedActionInput extends IssueActionInput {
  @Field()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class RespondToIssueInput extends IssueActionInput {
  @Field({ description: 'The answer to the enterprise' })
  @Length(1, 5000)
  message: string;
}

@InputType()
export class AddMilestoneInput extends IssueActionInput {
  @Field(() => MilestoneInput)
  milestone: MilestoneInput;
  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType()
export class CompleteMilestoneInput extends IssueActionInput {
  @Field(() => ID)
  milestoneId: string;
}

@InputType()
export class RequestExtensionInput extends IssueActionInput {
  @Field(() => Date, { nullable: true, description: 'The due date asked for; or give days' })
  @IsOptional()
  dueAt?: Date | null;
  @Field(() => Int, { nullable: true, description: "How much longer, in the unit of the problem's rules (working days under working-time rules, else calendar days), counted from the current due date" })
  @IsOptional()
  @Min(1)
  @Max(365)
  days?: number | null;
  @Field()
  @Length(1, 2000)
  reason: string;
  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType()
export class DecideExtensionInput extends IssueActionInput {
  @Field()
  approve: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class ResolveIssueInput extends IssueActionInput {
  @Field()
  @Length(1, 5000)
  resolution: string;
}

@InputType()
export class ConfirmClosureInput extends IssueActionInput {
  @Field(() => Satisfaction, { description: 'DISSATISFIED reopens the problem instead of closing it' })
  satisfaction: Satisfaction;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string;
}

@InputType()
export class EscalateIssueInput extends IssueActionInput {
  @Field()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class DecideEscalationInput {
  @Field(() => ID)
  escalationId: string;
  @Field({ description: "The leading group's decision" })
  @Length(1, 5000)
  decision: string;
  @Field({ description: 'Instructions sent back down with it' })
  @Length(1, 5000)
  instructions: string;
  @Field(() => EscalationOutcome)
  outcome: EscalationOutcome;
  @Field(() => ID, { nullable: true, description: 'For outcome ASSIGN: the department' })
  @IsOptional()
  departmentId?: string;
  @Field(() => String, { nullable: true, description: 'For outcome ASSIGN: the responsible person' })
  @IsOptional()
  @Length(1, 100)
  responsiblePerson?: string;
}

@InputType()
export class IssueFilter {
  @Field(() => [IssueStatus], { nullable: true })
  @IsOptional()
  status?: IssueStatus[];
  @Field(() => IssueCategory, { nullable: true })
  @IsOptional()
  category?: IssueCategory;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  districtId?: string;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  overdue?: boolean;
}

@InputType()
export class EscalationFilter {
  @Field(() => EscalationLevel, { nullable: true })
  @IsOptional()
  level?: EscalationLevel;
  @Field(() => EscalationStatus, { nullable: true, description: 'OPEN until the leading group decides, then DECIDED' })
  @IsOptional()
  status?: EscalationStatus;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  districtId?: string;
}

@InputType()
export class CreateSystemicIssueInput {
  @Field()
  @Length(2, 200)
  title: string;
  @Field()
  @Length(0, 5000)
  description: string;
  @Field(() => [ID])
  issueIds: string[];
  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType()
export class EscalateSystemicIssueInput {
  @Field(() => ID)
  systemicIssueId: string;
  @Field()
  @Length(1, 2000)
  reason: string;
}
