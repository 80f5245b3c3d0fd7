import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Pair an official with an enterprise (一对一); ends whatever pairing either has now' })
export class PairOfficialInput {
  @Field(() => ID)
  enterpriseId: string;

  @Field(() => ID, { description: "An official of the enterprise's tenant" })
  officialId: string;

  @Field(() => String, { nullable: true, description: 'The first day (YYYY-MM-DD); today (Asia/Shanghai) when omitted; not in the future' })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: recorded on the new pairing and as the end reason of the ones it ends' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}
