import { Field, ID, InputType } from 'type-graphql';
import { ExcuseReason, VisitMode } from '../visit.types';

@InputType({ description: 'A service visit, recorded for the official paired with the enterprise' })
export class RecordVisitInput {
  @Field(() => ID)
  enterpriseId: string;

  @Field({ description: 'The day of the visit (YYYY-MM-DD, Asia/Shanghai); not in the future' })
  visitedOn: string;

  @Field(() => VisitMode)
  mode: VisitMode;

  @Field({ description: 'What was done' })
  summary: string;

  @Field(() => String, { nullable: true, description: 'What was handed over' })
  handedOver?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Why a month passes without a visit: one per official, enterprise and month, only for a month with no visit' })
export class RecordExcuseInput {
  @Field(() => ID)
  enterpriseId: string;

  @Field({ description: 'The month (YYYY-MM); not in the future' })
  period: string;

  @Field(() => ExcuseReason)
  reason: ExcuseReason;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}
