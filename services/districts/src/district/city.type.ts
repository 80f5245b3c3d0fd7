import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The city, owned by the city subgraph; this subgraph contributes `City.districts`. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '市: the city (owned by the city subgraph)' })
export class City {
  @Field(() => ID)
  id: string;
}
