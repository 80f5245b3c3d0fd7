import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum LeadingGroupLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

registerEnumType(LeadingGroupLevel, { name: 'LeadingGroupLevel', description: "Whose leading group: the city's or a tenant's" });

/** 领导小组: the body problems are escalated to. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "领导小组: the decision body problems are escalated to; the city's and one per tenant" })
export class LeadingGroup {
  @Field(() => ID, { description: "The city's code for the city's group, the tenant's code for a tenant's" })
  id: string;

  @Field({ description: 'e.g. 市千人亲商助企活动领导小组' })
  name: string;

  @Field(() => LeadingGroupLevel)
  level: LeadingGroupLevel;

  @Field({ description: 'Its office (办公室), which runs the work day to day, e.g. 市亲商助企办' })
  office: string;

  @Field({ description: 'Who leads it, e.g. 市长 (mayor), 组长' })
  leaderRole: string;

  @Field(() => [String], { description: 'Who deputises' })
  deputyRoles: string[];

  /** null for the city's group. */
  districtId: string | null;
}
