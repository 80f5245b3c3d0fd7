import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FigureSet } from '../figures/figures.type';

/** The tenant, owned by the districts subgraph; this subgraph contributes its ranking. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '区县: a tenant (owned by the districts subgraph)' })
export class District {
  @Field(() => ID)
  id: string;
}

/** The city, owned by the city subgraph; this subgraph contributes `City.rankings`. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '市: the city (owned by the city subgraph)' })
export class City {
  @Field(() => ID)
  id: string;
}

/** A tenant's standing for one month. */
@ObjectType({ description: "A tenant's ranking for a month (考核排名): the rates rolled up, its score, its rank overall and among its peers" })
export class Ranking extends FigureSet {
  @Field(() => ID, { description: 'The tenant' })
  districtId: string;

  @Field(() => District, { description: 'The tenant' })
  district: District;

  @Field(() => Int, { description: 'Rank among all tenants (1 is best); ties broken by visit compliance, resolution, satisfaction and response rates, then by code' })
  rank: number;

  @Field(() => Int, { nullable: true, description: 'Rank within its peer group (districts, counties, development zones, new areas); null while its kind is unknown' })
  peerRank: number | null;

  @Field(() => Int, { nullable: true, description: 'How many tenants its peer group has' })
  peerGroupSize: number | null;

  @Field(() => String, { nullable: true, description: 'Its peer group: DISTRICT, COUNTY, DEVELOPMENT_ZONE or NEW_AREA; null while unknown' })
  kind: string | null;

  @Field(() => Int, { description: 'Officials assessed in the month' })
  officials: number;
}

@ObjectType({ description: 'A month frozen: its scorecards and ranking, with the rules version used' })
export class PublishedPeriod {
  @Field({ description: 'The month, YYYY-MM' })
  period: string;

  @Field(() => Int, { description: 'The rules version the figures were computed under' })
  rulesVersion: number;

  @Field(() => Int, { description: 'Scorecards frozen' })
  scorecards: number;

  @Field(() => Int, { description: 'Tenants ranked' })
  rankings: number;
}

@ObjectType({ description: 'A month the assessment has figures for: work recorded in it' })
export class AssessmentPeriod {
  @Field({ description: 'The month, YYYY-MM' })
  period: string;

  @Field({ description: 'True when the month is published (frozen)' })
  published: boolean;

  @Field(() => String, { nullable: true, description: 'When it was published (ISO 8601)' })
  publishedAt: string | null;

  @Field(() => Int, { nullable: true, description: 'The rules version it was published under' })
  rulesVersion: number | null;
}
