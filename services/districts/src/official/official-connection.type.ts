import { PageInfo } from '@qinshang/subgraph';
import { Field, Int, ObjectType } from 'type-graphql';
import { Official } from './official.entity';

@ObjectType({ description: 'An official in a page of a list' })
export class OfficialEdge {
  @Field({ description: 'Opaque position of this edge, for `after`' })
  cursor: string;

  @Field(() => Official)
  node: Official;
}

@ObjectType({ description: "A page of a tenant's officials, in id order (Relay connection)" })
export class OfficialConnection {
  @Field(() => Int, { description: 'How many officials the whole list holds (that the caller may see)' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [OfficialEdge])
  edges: OfficialEdge[];

  districtId: string;
}
