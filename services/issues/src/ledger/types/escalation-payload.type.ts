import { Field, ObjectType } from 'type-graphql';
import { Issue } from './issue.type';
import { Escalation } from './escalation.type';

@ObjectType()
export class EscalationPayload {
  @Field(() => Issue)
  issue: Issue;
  @Field(() => Escalation)
  escalation: Escalation;
}
