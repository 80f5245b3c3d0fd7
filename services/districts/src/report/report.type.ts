import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "按月上报: the paired official's monthly report on an enterprise's progress and operations" })
export class MonthlyReport {
  @Field(() => ID)
  id: string;

  districtId: string;
  officialId: string;
  enterpriseId: string;
  pairingId: string;

  @Field({ description: 'The month reported on (YYYY-MM)' })
  period: string;

  @Field({ description: 'Progress and operations' })
  progress: string;

  @Field(() => Float, { nullable: true, description: 'Output value in the month, yuan' })
  outputValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment in the month, yuan' })
  investment: number | null;

  @Field({ description: 'When it was submitted' })
  submittedAt: Date;

  @Field({ description: 'When it became late: the end of day 5 of the following month, Asia/Shanghai' })
  dueAt: Date;

  @Field({ description: 'Submitted after its due time' })
  late: boolean;
}
