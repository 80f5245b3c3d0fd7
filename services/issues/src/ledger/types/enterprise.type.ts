import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { District } from '../district.type';

/**
 * An enterprise, owned by the districts subgraph; this subgraph adds its problems. Its name and
 * tenant are `@external`: served here only where `Issue.enterprise` provides them (from this
 * service's projections), so a problem's enterprise costs no call to the districts subgraph.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '企业: an enterprise (owned by the districts subgraph)' })
export class Enterprise {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field()
  name?: string;

  @Directive('@external')
  @Field(() => District)
  district?: District;

  /** Set once `name` and `district` are filled in (or withheld) for this caller: do not read them again. */
  resolved?: boolean;
}
