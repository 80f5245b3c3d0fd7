import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 活动: the campaign the city runs, with the rules its officials work to. */
@ObjectType({ description: '活动: a time-boxed campaign and its rules' })
@Entity({ name: 'campaign' })
export class Campaign {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field({ description: 'The campaign name, e.g. 千人亲商助企活动' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The campaign name in English' })
  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;

  @Field({ description: 'The day the campaign was mobilised (YYYY-MM-DD)' })
  @Column({ type: 'date', name: 'mobilized_on' })
  mobilizedOn: string;

  /** The reference minimum; the field is resolved from the rules in force (see campaign-rules.resolver.ts). */
  @Column({ type: 'int', name: 'min_visits_per_month' })
  minVisitsPerMonth: number;

  @Column({ type: 'text', name: 'city_id' })
  cityId: string;
}

/** 市: the deployment's top level. One city per deployment. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '市: the city that runs the campaign (one per deployment)' })
@Entity({ name: 'city' })
export class City {
  @Field(() => ID, { description: 'The administrative code, e.g. 610100' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field({ description: 'The city name, e.g. 西安市' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The city name in English' })
  @Column({ type: 'text', name: 'name_en', nullable: true })
  nameEn: string | null;
}
