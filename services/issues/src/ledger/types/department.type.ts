import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A department, owned by the city subgraph; this subgraph adds the problems assigned to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '部门: a department (owned by the city subgraph)' })
export class Department {
  @Field(() => ID)
  id: string;
}
