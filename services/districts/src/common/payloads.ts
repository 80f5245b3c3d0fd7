import { Field, ObjectType } from 'type-graphql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Official } from '../official/official.entity';
import { Pairing } from '../pairing/pairing.entity';
import { MonthlyReport } from '../report/report.type';
import { ServiceVisit, VisitExcuse } from '../visit/visit.types';

@ObjectType({ description: 'The enterprise as it is after the change' })
export class EnterprisePayload {
  @Field(() => Enterprise)
  enterprise: Enterprise;
}

@ObjectType({ description: 'The official added' })
export class OfficialPayload {
  @Field(() => Official)
  official: Official;
}

@ObjectType({ description: 'The new pairing, and the pairings it ended' })
export class PairingPayload {
  @Field(() => Pairing)
  pairing: Pairing;

  @Field(() => [Pairing], { description: "The enterprise's and the official's previous pairings, now ended (none on a first pairing)" })
  ended: Pairing[];
}

@ObjectType({ description: 'The visit recorded' })
export class RecordVisitPayload {
  @Field(() => ServiceVisit)
  visit: ServiceVisit;
}

@ObjectType({ description: 'The excuse recorded' })
export class RecordExcusePayload {
  @Field(() => VisitExcuse)
  excuse: VisitExcuse;
}

@ObjectType({ description: 'The report submitted' })
export class SubmitMonthlyReportPayload {
  @Field(() => MonthlyReport)
  report: MonthlyReport;
}
