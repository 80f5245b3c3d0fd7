import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '共性和系统性的重大问题: problems across enterprises and tenants, handled and escalated as one' })
export class SystemicIssue {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field()
  status: string;
  @Field()
  createdAt: Date;
}
