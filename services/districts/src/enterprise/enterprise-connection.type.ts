import { PageInfo } from '@qinshang/subgraph';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EnterpriseFilter } from './dto/enterprise-filter.input';
import { Enterprise } from './enterprise.entity';

@ObjectType({ description: 'An enterprise in a page of a list' })
export class EnterpriseEdge {
  @Field({ description: 'Opaque position of this edge, for `after`' })
  cursor: string;

  @Field(() => Enterprise, { description: 'The enterprise' })
  node: Enterprise;
}

@ObjectType({ description: "A page of a tenant's enterprises, in a stable order (Relay connection)" })
export class EnterpriseConnection {
  @Field(() => Int, { description: 'How many enterprises the whole list holds (all pages, same filter)' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page stands' })
  pageInfo: PageInfo;

  @Field(() => [EnterpriseEdge], { description: 'The enterprises of this page' })
  edges: EnterpriseEdge[];

  /** What the list is of, so `totalCount` is counted only when asked for. */
  districtId: string;
  filter: EnterpriseFilter;
}
