import { Field, ObjectType } from 'type-graphql';
import { Issue } from './issue.type';

@ObjectType()
export class IssuePayload {
  @Field(() => Issue)
  issue: Issue;
}
