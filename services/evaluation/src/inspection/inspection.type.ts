import { PageInfo } from '@qinshang/subgraph';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { District } from '../ranking/ranking.type';
import { Official } from '../scorecard/scorecard.type';

export enum InspectionKind {
  CENTRALISED = 'CENTRALISED',
  ANNOUNCED = 'ANNOUNCED',
  UNANNOUNCED = 'UNANNOUNCED',
  FOLLOW_UP = 'FOLLOW_UP',
}

registerEnumType(InspectionKind, {
  name: 'InspectionKind',
  description: 'How the work was checked',
  valuesConfig: {
    CENTRALISED: { description: '集中检查: a centralised inspection' },
    ANNOUNCED: { description: '明查: an announced visit' },
    UNANNOUNCED: { description: '暗访: an unannounced visit' },
    FOLLOW_UP: { description: '跟踪督查: follow-up supervision' },
  },
});

@ObjectType({ description: '考核扣分: points off an assessment, tied to the finding that justifies it' })
export class Deduction {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The inspection it was recorded with' })
  inspectionId: string;

  @Field(() => ID, { description: 'The finding it is for' })
  findingId: string;

  @Field(() => ID, { description: 'The tenant it counts against' })
  districtId: string;

  @Field(() => ID, { nullable: true, description: 'The official it counts against; null for the tenant as a whole' })
  officialId: string | null;

  @Field(() => Float, { description: 'Points' })
  points: number;

  @Field({ description: 'Why' })
  reason: string;

  @Field({ description: 'The month it counts in, YYYY-MM' })
  period: string;
}

@ObjectType({ description: 'What an inspection found' })
export class Finding {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What was found' })
  summary: string;

  @Field(() => ID, { nullable: true, description: 'The official it concerns, if one' })
  officialId: string | null;

  @Field(() => String, { nullable: true, description: 'The event-log position of the ledger event it cites, if any' })
  eventPosition: string | null;

  @Field(() => ID, { nullable: true, description: 'The problem whose ledger event it cites, if it cites one you may see' })
  issueId: string | null;

  @Field(() => String, { nullable: true, description: 'The type of the cited event, e.g. issue.returned' })
  eventType: string | null;

  @Field(() => [Deduction], { description: 'Points deducted for it' })
  deductions: Deduction[];
}

@ObjectType({ description: '通报批评: a public criticism notice issued with an inspection' })
export class PublicCriticism {
  @Field()
  title: string;

  @Field()
  text: string;

  @Field(() => [ID], { description: 'The officials it names' })
  officialIds: string[];
}

@ObjectType({ description: '督查: an inspection of a tenant’s work, with its findings and deductions' })
export class Inspection {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The tenant inspected' })
  districtId: string;

  @Field(() => District, { description: 'The tenant inspected' })
  district: District;

  @Field(() => InspectionKind)
  kind: InspectionKind;

  @Field({ description: 'The day of the inspection, YYYY-MM-DD' })
  inspectedOn: string;

  @Field({ description: 'The month its deductions count in, YYYY-MM' })
  period: string;

  @Field(() => [ID], { description: 'The officials concerned' })
  officialIds: string[];

  @Field(() => [Official], { description: 'The officials concerned' })
  officials: Official[];

  @Field(() => [Finding])
  findings: Finding[];

  @Field(() => Float, { description: 'All points deducted with it' })
  deductionTotal: number;

  @Field(() => PublicCriticism, { nullable: true, description: 'The public criticism notice, if one was issued' })
  publicCriticism: PublicCriticism | null;

  @Field({ description: 'Who recorded it' })
  recordedBy: string;

  @Field({ description: 'When it was recorded (ISO 8601)' })
  recordedAt: string;
}

@ObjectType({ description: 'An inspection in a page of a list' })
export class InspectionEdge {
  @Field()
  cursor: string;

  @Field(() => Inspection)
  node: Inspection;
}

@ObjectType({ description: 'A page of inspections, latest first (Relay connection)' })
export class InspectionConnection {
  @Field(() => Int, { description: 'How many inspections match (all pages)' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [InspectionEdge])
  edges: InspectionEdge[];
}

@ObjectType({ description: 'A finding the ledger suggests to an inspector, with the events it would cite' })
export class SuggestedFinding {
  @Field({ description: 'BUCK_PASSING (推诿扯皮): a problem returned twice or more without a reason' })
  kind: string;

  @Field(() => ID)
  districtId: string;

  @Field(() => ID, { description: 'The problem' })
  issueId: string;

  @Field({ description: 'Its ledger number' })
  ledgerNo: string;

  @Field(() => ID, { nullable: true, description: 'The official paired with the enterprise' })
  officialId: string | null;

  @Field({ description: 'A summary to use as the finding' })
  summary: string;

  @Field(() => [String], { description: 'The event-log positions of the returns without a reason (cite one as eventPosition)' })
  eventPositions: string[];

  @Field({ description: 'True when a recorded finding already cites one of these events' })
  alreadyRecorded: boolean;
}
