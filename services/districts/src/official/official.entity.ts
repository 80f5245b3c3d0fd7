import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 助企干部: a government cadre paired one-to-one with an enterprise. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '助企干部: a government official paired one-to-one (一对一) with an enterprise' })
@Entity({ name: 'official' })
export class Official {
  @Field(() => ID, { description: 'Stable identifier, e.g. 610111-O0001' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'district_id' })
  districtId: string;

  @Field({ description: 'Full name' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Post, e.g. 副局长' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The department (部门, 成员单位) the official comes from' })
  @Column({ type: 'text', name: 'department_name', nullable: true })
  departmentName: string | null;

  @Field({ description: 'True when the record was made up by the reference-data generator, not entered by a person' })
  @Column({ type: 'boolean' })
  generated: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
