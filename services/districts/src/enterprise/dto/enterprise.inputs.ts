import { Field, ID, InputType } from 'type-graphql';
import { EnterpriseKind, EnterpriseSector, EnterpriseSource } from '../enterprise.enums';

@InputType({ description: "An enterprise or project to put on a tenant's list" })
export class AddEnterpriseInput {
  @Field(() => ID, { description: 'The tenant whose list it goes on (a district office: its own)' })
  districtId: string;

  @Field({ description: 'The registered name, or the name of the project' })
  name: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码, 18 characters with a valid check character; required for an enterprise, optional for a project' })
  creditCode?: string | null;

  @Field(() => EnterpriseSector)
  sector: EnterpriseSector;

  @Field(() => EnterpriseSource, { description: 'Assigned by the city (市上确定) or selected by the tenant (区县选取)' })
  source: EnterpriseSource;

  @Field({ nullable: true, defaultValue: false, description: '四上: an above-scale enterprise' })
  aboveScale: boolean;

  @Field(() => EnterpriseKind, { nullable: true, defaultValue: EnterpriseKind.ENTERPRISE })
  kind: EnterpriseKind;

  @Field(() => String, { nullable: true, description: 'Who to talk to at the enterprise' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: "The contact's phone number" })
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an enterprise: only the fields given change (null clears an optional one)' })
export class UpdateEnterpriseInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new credit code; null removes it (projects only)' })
  creditCode?: string | null;

  @Field(() => EnterpriseSector, { nullable: true })
  sector?: EnterpriseSector | null;

  @Field(() => EnterpriseSource, { nullable: true })
  source?: EnterpriseSource | null;

  @Field(() => Boolean, { nullable: true })
  aboveScale?: boolean | null;

  @Field(() => EnterpriseKind, { nullable: true })
  kind?: EnterpriseKind | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}
