import { Field, ID, ObjectType } from 'type-graphql';

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
