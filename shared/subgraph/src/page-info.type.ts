import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay page information. Shareable: every subgraph with a connection may define the same type. */
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a connection stands (Relay)' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "The last edge's cursor, to pass as `after` for the next page; null on an empty page" })
  endCursor: string | null;
}
