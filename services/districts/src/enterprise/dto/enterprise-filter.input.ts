import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EnterpriseSector, EnterpriseSource } from '../enterprise.enums';

@InputType({ description: "Narrows a tenant's enterprise list; every field given must match" })
export class EnterpriseFilter {
  @Field(() => EnterpriseSource, { nullable: true, description: 'Only those assigned by the city, or only those the tenant selected' })
  source?: EnterpriseSource | null;

  @Field(() => EnterpriseSector, { nullable: true, description: 'Only those of this sector' })
  sector?: EnterpriseSector | null;

  @Field(() => String, { nullable: true, description: 'Only those whose name contains this text (case-insensitive; at most 100 characters)' })
  @MaxLength(100)
  nameContains?: string | null;
}
