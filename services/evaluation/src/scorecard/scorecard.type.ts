import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { FigureSet } from '../figures/figures.type';

/** The official, owned by the districts subgraph; this subgraph contributes its scorecard. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '助企干部: an official (owned by the districts subgraph)' })
export class Official {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "An official's assessment for one month (考核): what it did against what the rules required, and its score" })
export class Scorecard extends FigureSet {
  @Field(() => ID, { description: 'The official' })
  officialId: string;

  @Field(() => ID, { description: 'The tenant the official serves in' })
  districtId: string;

  @Field({ description: 'ON_TIME, LATE, MISSING, PENDING (not all in, deadline not passed) or NOT_REQUIRED' })
  reportStatus: string;
}
