import { PageInfo } from '@qinshang/subgraph';
import { Field, Int, ObjectType } from 'type-graphql';
import { IssueEdge } from './issue-edge.type';

@ObjectType({ description: 'A page of problems (Relay connection), newest first' })
export class IssueConnection {
  @Field(() => Int)
  totalCount: number;
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => [IssueEdge])
  edges: IssueEdge[];
}
