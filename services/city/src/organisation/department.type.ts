import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum DepartmentKind {
  BUREAU = 'BUREAU',
  COMMISSION = 'COMMISSION',
  OFFICE = 'OFFICE',
  CENTRE = 'CENTRE',
  OTHER = 'OTHER',
}

registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: 'What kind of government body a department is',
  valuesConfig: {
    BUREAU: { description: '局 a bureau' },
    COMMISSION: { description: '委员会 a commission' },
    OFFICE: { description: '办公室 an office' },
    CENTRE: { description: '中心 a service centre' },
    OTHER: { description: 'anything else' },
  },
});

/** 部门, 成员单位: a government department problems are assigned to. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "部门, 成员单位: a city bureau or a tenant's member unit, which problems are assigned to" })
export class Department {
  @Field(() => ID, { description: 'e.g. 610100-D01 for a city bureau, 610125-D01 for a member unit of 户县' })
  id: string;

  @Field({ description: 'The name, e.g. 户县发展和改革局' })
  name: string;

  @Field(() => DepartmentKind)
  kind: DepartmentKind;

  /** null for a city bureau. */
  districtId: string | null;
}
