import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Who raised a problem' })
export class RaisedBy {
  @Field({ description: 'OFFICIAL, ENTERPRISE, DISTRICT_ADMIN (the office) or CITY_ADMIN' })
  role: string;
  @Field()
  actor: string;
  @Field(() => String, { nullable: true })
  officialId: string | null;
}
