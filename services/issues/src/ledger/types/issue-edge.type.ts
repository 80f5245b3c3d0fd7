import { Field, ObjectType } from 'type-graphql';
import { Issue } from './issue.type';

@ObjectType()
export class IssueEdge {
  @Field()
  cursor: string;
  @Field(() => Issue)
  node: Issue;
}
