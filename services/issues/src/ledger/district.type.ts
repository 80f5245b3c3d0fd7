import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A tenant's ledger at a glance (工作台账). */
@ObjectType({ description: "工作台账: a tenant's problem ledger at a glance" })
export class IssueStats {
  @Field(() => Int, { description: 'Problems not yet struck off the ledger' })
  open: number;

  @Field(() => Int, { description: 'Open problems past their due date' })
  overdue: number;

  @Field(() => Int, { description: 'Open problems escalated to a leading group' })
  escalated: number;

  @Field(() => Int, { description: 'Problems struck off (销号) after the enterprise confirmed' })
  closed: number;

  @Field(() => Int, { description: 'Problems that cannot be solved under current policy (政策性暂不能解决), kept apart from resolved' })
  unsolvable: number;

  @Field(() => Int, { description: 'Problems not yet answered and past their response deadline (件件有回应)' })
  responseOverdue: number;
}

/** The tenant, owned by the districts subgraph; this subgraph contributes its ledger figures. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '区县: a tenant (owned by the districts subgraph)' })
export class District {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field()
  name?: string;
}
