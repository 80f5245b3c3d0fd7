import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ImportFormat } from '../enterprise/import/import.parse';
import { ImportRejection } from '../enterprise/import/import.types';
import { Official } from '../official/official.entity';
import { Pairing } from '../pairing/pairing.entity';
import { ServiceVisit } from '../visit/visit.types';

@InputType({ description: "A tenant's list of officials (助企干部名单): 姓名, 职务, 单位 (or name, title, departmentName)" })
export class ImportOfficialsInput {
  @Field(() => ID, { description: 'The tenant whose list it goes on (a district office: its own)' })
  districtId: string;

  @Field(() => ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The file, base64-encoded; at most 700 KiB and 5,000 rows' })
  contentBase64: string;

  @Field({ nullable: true, defaultValue: false, description: 'Check only: report what would be rejected, write nothing' })
  dryRun: boolean;
}

@ObjectType({ description: 'What an officials import did: all rows or none (per file)' })
export class ImportOfficialsResult {
  @Field({ description: 'True when every row was accepted (and, unless a dry run, imported)' })
  accepted: boolean;

  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows in the file (blank rows not counted)' })
  rowCount: number;

  @Field(() => Int, { description: 'Officials written: every row, or 0' })
  imported: number;

  @Field(() => [ImportRejection], { description: 'Every rejected row and reason; empty when accepted' })
  rejected: ImportRejection[];

  @Field(() => [Official], { description: 'The officials written, in file order' })
  officials: Official[];

  @Field({ description: 'One line for a person: what happened' })
  summary: string;
}

@InputType({ description: 'A list of pairings (结对名单): 企业编号 (or 统一社会信用代码), 干部编号, 结对日期, 原因' })
export class ImportPairingsInput {
  @Field(() => ID, { description: 'The tenant (a district office: its own)' })
  districtId: string;

  @Field(() => ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The file, base64-encoded; at most 700 KiB and 5,000 rows' })
  contentBase64: string;

  @Field({ nullable: true, defaultValue: false, description: 'Check only: report what would be rejected, write nothing' })
  dryRun: boolean;
}

@ObjectType({ description: 'What a pairings import did: all rows or none (per file)' })
export class ImportPairingsResult {
  @Field()
  accepted: boolean;

  @Field()
  dryRun: boolean;

  @Field(() => Int)
  rowCount: number;

  @Field(() => Int, { description: 'Pairings made: every row, or 0' })
  imported: number;

  @Field(() => [ImportRejection], { description: 'Every rejected row and reason; empty when accepted' })
  rejected: ImportRejection[];

  @Field(() => [Pairing], { description: 'The pairings made, in file order' })
  pairings: Pairing[];

  @Field()
  summary: string;
}

@InputType({ description: "A past month's visits copied from the paper logbook (纪实手册): 走访日期, 干部编号, 企业编号, 服务方式, 走访情况, 移交事项" })
export class ImportVisitsInput {
  @Field(() => ID, { description: 'The tenant (a district office: its own)' })
  districtId: string;

  @Field({ description: 'The month the logbook covers, YYYY-MM; a past month' })
  period: string;

  @Field(() => ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The file, base64-encoded; at most 700 KiB and 5,000 rows' })
  contentBase64: string;

  @Field({ nullable: true, defaultValue: false, description: 'Check only: report what would be rejected, write nothing' })
  dryRun: boolean;
}

@ObjectType({ description: 'What a logbook import did: all rows or none (per file)' })
export class ImportVisitsResult {
  @Field()
  accepted: boolean;

  @Field()
  dryRun: boolean;

  @Field({ description: 'The month imported' })
  period: string;

  @Field(() => Int)
  rowCount: number;

  @Field(() => Int, { description: 'Visits recorded: every row, or 0' })
  imported: number;

  @Field(() => [ImportRejection], { description: 'Every rejected row and reason; empty when accepted' })
  rejected: ImportRejection[];

  @Field(() => [ServiceVisit], { description: 'The visits recorded, in file order' })
  visits: ServiceVisit[];

  @Field()
  summary: string;
}
