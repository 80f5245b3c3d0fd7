import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { EscalationLevel, EscalationStatus, EscalationOutcome } from './enums';
import { Issue } from './issue.type';

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
