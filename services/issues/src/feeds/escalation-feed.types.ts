import { Field, ObjectType } from 'type-graphql';
import { Escalation } from '../ledger/types';

@ObjectType({ description: 'One escalation on the live feed, with the cursor to resume after it' })
export class EscalationEvent {
  @Field({ description: "The event's place in the log: pass it as `after` to resume right after this event" })
  cursor: string;

  @Field(() => Escalation)
  escalation: Escalation;
}
