import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An official (助企干部) joining a tenant' })
export class AddOfficialInput {
  @Field(() => ID, { description: 'The tenant (a district office: its own)' })
  districtId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Post, e.g. 副局长' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The department the official comes from' })
  departmentName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}
