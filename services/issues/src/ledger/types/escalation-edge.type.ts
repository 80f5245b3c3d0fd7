import { Field, ObjectType } from 'type-graphql';
import { Escalation } from './escalation.type';

@ObjectType()
export class EscalationEdge {
  @Field()
  cursor: string;
  @Field(() => Escalation)
  node: Escalation;
}
