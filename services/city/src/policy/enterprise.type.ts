import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An enterprise, owned by the districts subgraph; this subgraph contributes `Enterprise.policies`. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '企业/项目 (owned by the districts subgraph)' })
export class Enterprise {
  @Field(() => ID)
  id: string;
}
