import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum DistrictKind {
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  DEVELOPMENT_ZONE = 'DEVELOPMENT_ZONE',
  NEW_AREA = 'NEW_AREA',
}

registerEnumType(DistrictKind, {
  name: 'DistrictKind',
  description: 'What kind of tenant: 区 district, 县 county, 开发区 development zone, 新区 new area',
});

/** 区县: a district, county, development zone or new area. Each is a tenant. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '区县, 开发区: a district, county, development zone or new area; each is a tenant' })
@Entity({ name: 'district' })
export class District {
  @Field(() => ID, { description: 'The administrative code (e.g. 610111 for 灞桥区), or the zone code' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  // Shareable: the issues subgraph provides it with a problem's enterprise (from its projection).
  @Directive('@shareable')
  @Field({ description: 'The name, e.g. 灞桥区' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => DistrictKind)
  @Column({ type: 'text' })
  kind: DistrictKind;

  @Column({ type: 'text', name: 'city_id' })
  cityId: string;

  @Column({ type: 'int', name: 'sort_order' })
  sortOrder: number;
}
