import { Field, InputType } from 'type-graphql';
import { EnterpriseSector, PolicyLevel } from '../policy.enums';

@InputType({ description: 'Narrows the policy list; every field given must match' })
export class PolicyFilter {
  @Field(() => PolicyLevel, { nullable: true })
  level?: PolicyLevel | null;

  @Field(() => EnterpriseSector, { nullable: true, description: 'Only policies that apply to this sector' })
  sector?: EnterpriseSector | null;

  @Field(() => String, { nullable: true, description: 'Only policies valid on this day (YYYY-MM-DD)' })
  validOn?: string | null;
}
