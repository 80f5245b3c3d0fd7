import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 一对一: an official serving an enterprise from `startedOn` until `endedOn` (null while active). */
@Entity({ name: 'pairing' })
export class Pairing {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'district_id' })
  districtId: string;

  @Column({ type: 'text', name: 'official_id' })
  officialId: string;

  @Column({ type: 'text', name: 'enterprise_id' })
  enterpriseId: string;

  @Column({ type: 'date', name: 'started_on' })
  startedOn: string;

  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
