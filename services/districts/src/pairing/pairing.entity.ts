import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 一对一: an official serving an enterprise from `startedOn` until `endedOn` (null while active). */
@ObjectType({ description: '一对一: an official paired with an enterprise, from a day until (while active, no end) another day; re-pairing keeps the history' })
@Entity({ name: 'pairing' })
export class Pairing {
  @Field(() => ID, { description: 'Stable identifier, e.g. 610111-P0001' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'district_id' })
  districtId: string;

  @Column({ type: 'text', name: 'official_id' })
  officialId: string;

  @Column({ type: 'text', name: 'enterprise_id' })
  enterpriseId: string;

  @Field({ description: 'The first day (YYYY-MM-DD, Asia/Shanghai)' })
  @Column({ type: 'date', name: 'started_on' })
  startedOn: string;

  @Field(() => String, { nullable: true, description: 'The day it ended (YYYY-MM-DD); null while it is active' })
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was started' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended (the reason given for the re-pairing that ended it)' })
  @Column({ type: 'text', name: 'end_reason', nullable: true })
  endReason: string | null;

  @Field(() => ID, { nullable: true, description: "The pairing of the same enterprise this one replaced, if it was a re-pairing" })
  @Column({ type: 'text', nullable: true })
  replaces: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field({ description: 'True while it has not ended' })
  get active(): boolean {
    return this.endedOn === null;
  }
}
