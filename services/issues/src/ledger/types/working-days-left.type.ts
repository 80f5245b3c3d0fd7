import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "Working days (工作日) left before each of a problem's clocks runs out: negative once overdue (the working days since); null for a clock that is not running" })
export class WorkingDaysLeft {
  @Field(() => Int, { nullable: true, description: 'Before the response is due (until the first answer)' })
  response: number | null;

  @Field(() => Int, { nullable: true, description: 'Before the overall due date (while open)' })
  resolution: number | null;

  @Field(() => Int, { nullable: true, description: 'Before the current stage is due' })
  stage: number | null;
}
