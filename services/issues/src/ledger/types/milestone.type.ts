import { Field, ID, ObjectType } from 'type-graphql';

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
