import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A tenant, owned by the districts subgraph; this subgraph contributes its leading group and departments. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '区县: a tenant (owned by the districts subgraph)' })
export class District {
  @Field(() => ID)
  id: string;
}

export const districtStub = (id: string): District => Object.assign(new District(), { id });
