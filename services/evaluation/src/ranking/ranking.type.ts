import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** A tenant's published standing for one month. */
@ObjectType({ description: "A tenant's published ranking for a month (考核排名)" })
export class Ranking {
  @Field({ description: 'The month, YYYY-MM' })
  period: string;

  @Field(() => Int, { description: 'Rank among all tenants (1 is best)' })
  rank: number;

  @Field(() => Float, { description: 'The score under the scoring rules in force for that month' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Visits made / visits required' })
  visitCompliance: number | null;

  @Field(() => Float, { nullable: true, description: 'Problems answered within the response deadline / problems due an answer' })
  responseRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Problems solved by their due date / problems due' })
  resolutionRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Closures rated satisfied / closures rated' })
  satisfactionRate: number | null;
}

/** The tenant, owned by the districts subgraph; this subgraph contributes its ranking. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '区县: a tenant (owned by the districts subgraph)' })
export class District {
  @Field(() => ID)
  id: string;
}
