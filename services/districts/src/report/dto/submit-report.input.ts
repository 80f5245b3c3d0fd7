import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: 'The monthly report for an enterprise: one per pairing and month (a second is a CONFLICT)' })
export class SubmitMonthlyReportInput {
  @Field(() => ID)
  enterpriseId: string;

  @Field({ description: 'The month reported on (YYYY-MM); not after the current month' })
  period: string;

  @Field({ description: 'Progress and operations' })
  progress: string;

  @Field(() => Float, { nullable: true, description: 'Output value in the month, yuan (0 or more)' })
  outputValue?: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment in the month, yuan (0 or more)' })
  investment?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}
