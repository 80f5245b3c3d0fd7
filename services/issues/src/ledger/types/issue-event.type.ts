import { Field, Int, ObjectType } from 'type-graphql';
import { IssueStatus } from '../state-machine';

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
  @Field(() => String, { nullable: true, description: "Who did it, by name: the account's display name (a person, a department, an office); null for the platform or a token with no account" })
  actorName: string | null;
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
