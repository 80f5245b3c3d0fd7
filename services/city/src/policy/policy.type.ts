import { PageInfo } from '@qinshang/subgraph';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EnterpriseSector, PolicyLevel } from './policy.enums';

/** 惠企政策: a support policy officials bring to the enterprises it applies to. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '惠企政策: a support policy for enterprises' })
export class Policy {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => PolicyLevel)
  level: PolicyLevel;

  @Field({ description: 'Who issued it, e.g. 西安市人民政府' })
  issuer: string;

  @Field(() => [EnterpriseSector], { description: 'The sectors it applies to' })
  sectors: EnterpriseSector[];

  @Field({ description: 'Who qualifies, and how to apply' })
  eligibility: string;

  @Field(() => Float, { nullable: true, description: 'The fund it disburses, in yuan; null when it is not a fund (tax relief, services)' })
  fundAmount: number | null;

  @Field({ description: 'The first day it applies (YYYY-MM-DD)' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'The last day it applies (YYYY-MM-DD); null while open-ended' })
  validTo: string | null;

  /** null for a policy that applies city-wide (national, provincial, city). */
  districtId: string | null;
}

@ObjectType({ description: 'A policy in a page of a list' })
export class PolicyEdge {
  @Field({ description: 'Opaque position of this edge, for `after`' })
  cursor: string;

  @Field(() => Policy)
  node: Policy;
}

@ObjectType({ description: 'A page of policies, in a stable order (Relay connection)' })
export class PolicyConnection {
  @Field(() => Int, { description: 'How many policies the whole list holds (all pages, same filter)' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [PolicyEdge])
  edges: PolicyEdge[];
}
