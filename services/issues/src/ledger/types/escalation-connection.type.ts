import { PageInfo } from '@qinshang/subgraph';
import { Field, Int, ObjectType } from 'type-graphql';
import { EscalationEdge } from './escalation-edge.type';

@ObjectType({ description: 'A page of escalations (Relay connection), oldest first' })
export class EscalationConnection {
  @Field(() => Int)
  totalCount: number;
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => [EscalationEdge])
  edges: EscalationEdge[];
}
