import { Field, ObjectType, InputType } from 'type-graphql';
import { ImportFileInput, ImportOutcome } from '../enterprise/import/import.types';
import { Official } from '../official/official.entity';
import { Pairing } from '../pairing/pairing.entity';
import { ServiceVisit } from '../visit/visit.types';

@InputType({ description: "A tenant's list of officials (助企干部名单): 姓名, 职务, 单位 (or name, title, departmentName)" })
export class ImportOfficialsInput extends ImportFileInput {}

@ObjectType({ description: 'What an officials import did: all rows or none (per file)' })
export class ImportOfficialsResult extends ImportOutcome {
  @Field(() => [Official], { description: 'The officials written, in file order' })
  officials: Official[];
}

@InputType({ description: 'A list of pairings (结对名单): 企业编号 (or 统一社会信用代码), 干部编号, 结对日期, 原因' })
export class ImportPairingsInput extends ImportFileInput {}

@ObjectType({ description: 'What a pairings import did: all rows or none (per file)' })
export class ImportPairingsResult extends ImportOutcome {
  @Field(() => [Pairing], { description: 'The pairings made, in file order' })
  pairings: Pairing[];
}

@InputType({ description: "A past month's visits copied from the paper logbook (纪实手册): 走访日期, 干部编号, 企业编号, 服务方式, 走访情况, 移交事项" })
export class ImportVisitsInput extends ImportFileInput {
  @Field({ description: 'The month the logbook covers, YYYY-MM; a past month' })
  period: string;
}

@ObjectType({ description: 'What a logbook import did: all rows or none (per file)' })
export class ImportVisitsResult extends ImportOutcome {
  @Field({ description: 'The month imported' })
  period: string;

  @Field(() => [ServiceVisit], { description: 'The visits recorded, in file order' })
  visits: ServiceVisit[];
}
