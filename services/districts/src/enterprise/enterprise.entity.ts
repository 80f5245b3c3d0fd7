import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { EnterpriseKind, EnterpriseSector, EnterpriseSource } from './enterprise.enums';

/** 企业/项目: an enterprise or project on a tenant's list, served by one paired official. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "企业/项目: an enterprise or a project under construction on a tenant's list" })
@Entity({ name: 'enterprise' })
export class Enterprise {
  @Field(() => ID, { description: 'Stable identifier, e.g. 610111-E0001' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'district_id' })
  districtId: string;

  // Shareable: the issues subgraph provides it with a problem's enterprise (from its projection).
  @Directive('@shareable')
  @Field({ description: 'The registered name, or the name of the project' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 (18 characters, GB 32100-2015); null for a project or when not recorded' })
  @Column({ type: 'text', name: 'credit_code', nullable: true })
  creditCode: string | null;

  @Field(() => EnterpriseSector, { description: 'The sector it works in' })
  @Column({ type: 'text' })
  sector: EnterpriseSector;

  @Field(() => EnterpriseSource, { description: 'Assigned by the city (市上确定) or selected by the tenant (区县选取)' })
  @Column({ type: 'text' })
  source: EnterpriseSource;

  @Field({ description: '四上: an above-scale enterprise' })
  @Column({ type: 'boolean', name: 'above_scale' })
  aboveScale: boolean;

  @Field(() => EnterpriseKind, { description: 'An enterprise (企业) or a project under construction (项目)' })
  @Column({ type: 'text' })
  kind: EnterpriseKind;

  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Field({ description: 'True when the record was made up by the reference-data generator, not entered by a person' })
  @Column({ type: 'boolean' })
  generated: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
