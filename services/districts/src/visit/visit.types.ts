import { PageInfo } from '@qinshang/subgraph';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum VisitMode {
  VISIT = 'VISIT',
  HELP = 'HELP',
  ACCOMPANY = 'ACCOMPANY',
  ON_BEHALF = 'ON_BEHALF',
}

export enum ExcuseReason {
  AWAY_ON_DUTY = 'AWAY_ON_DUTY',
  ENTERPRISE_DECLINED = 'ENTERPRISE_DECLINED',
  ILLNESS = 'ILLNESS',
  TRAINING = 'TRAINING',
}

registerEnumType(VisitMode, {
  name: 'VisitMode',
  description: 'How the official served the enterprise',
  valuesConfig: {
    VISIT: { description: '走访: a plain visit' },
    HELP: { description: '帮办: helped with a procedure' },
    ACCOMPANY: { description: '陪办: accompanied the enterprise through it' },
    ON_BEHALF: { description: '代办: acted on its behalf (submitted, reported, coordinated, delivered the result back)' },
  },
});

registerEnumType(ExcuseReason, {
  name: 'ExcuseReason',
  description: 'Why a month passed without a visit',
  valuesConfig: {
    AWAY_ON_DUTY: { description: '出差: away on duty' },
    ENTERPRISE_DECLINED: { description: '企业婉拒: the enterprise declined' },
    ILLNESS: { description: '生病: illness' },
    TRAINING: { description: '培训: training' },
  },
});

@ObjectType({ description: '服务: a service visit by the paired official to an enterprise' })
export class ServiceVisit {
  @Field(() => ID)
  id: string;

  districtId: string;
  officialId: string;
  enterpriseId: string;

  @Field({ description: 'The day of the visit (YYYY-MM-DD, Asia/Shanghai)' })
  visitedOn: string;

  @Field({ description: 'The month it counts in (YYYY-MM)' })
  period: string;

  @Field(() => VisitMode)
  mode: VisitMode;

  @Field(() => String, { nullable: true, description: 'What was done' })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'What was handed over to the enterprise (documents, results, policies)' })
  handedOver: string | null;

  @Field({ description: 'When it was recorded' })
  recordedAt: Date;
}

@ObjectType({ description: 'A recorded reason for a month without a visit' })
export class VisitExcuse {
  @Field(() => ID)
  id: string;

  districtId: string;
  officialId: string;
  enterpriseId: string;

  @Field({ description: 'The month without a visit (YYYY-MM)' })
  period: string;

  @Field(() => ExcuseReason)
  reason: ExcuseReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'When it was recorded' })
  recordedAt: Date;
}

@ObjectType({ description: 'A service visit in a page of a list' })
export class ServiceVisitEdge {
  @Field({ description: 'Opaque position of this edge, for `after`' })
  cursor: string;

  @Field(() => ServiceVisit)
  node: ServiceVisit;
}

@ObjectType({ description: 'A page of service visits, newest first (Relay connection)' })
export class ServiceVisitConnection {
  @Field(() => Int, { description: 'How many visits the whole list holds (all pages, same filter)' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [ServiceVisitEdge])
  edges: ServiceVisitEdge[];

  /** What the list is of, so `totalCount` is counted only when asked for. */
  scope: VisitScope;
}

export interface VisitScope {
  side: 'enterprise_id' | 'official_id';
  id: string;
  period: string | null;
}
