import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Enterprise } from '../enterprise.entity';
import { ImportFormat } from './import.parse';

registerEnumType(ImportFormat, { name: 'ImportFormat', description: 'The kind of file an enterprise list comes in' });

/** What every import takes: the tenant, the file and whether only to check it (not in the schema itself: each import names its own input type). */
@InputType()
export abstract class ImportFileInput {
  @Field(() => ID, { description: 'The tenant whose list the file goes on (a district office: its own)' })
  districtId: string;

  @Field(() => ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The file, base64-encoded; at most 700 KiB and 5,000 rows' })
  contentBase64: string;

  @Field({ nullable: true, defaultValue: false, description: 'Check only: report what would be rejected, write nothing' })
  dryRun: boolean;
}

@InputType({ description: "An enterprise list file for a tenant, as district offices keep them (Chinese or English headers)" })
export class ImportEnterprisesInput extends ImportFileInput {}

@ObjectType({ description: 'A row of the file that cannot be imported, and why' })
export class ImportRejection {
  @Field(() => Int, { description: 'The row number as the file shows it (the header is row 1)' })
  row: number;

  @Field(() => String, { nullable: true, description: "The column at fault, as the file's header names it; null for the row as a whole" })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'The input field at fault (name, creditCode, sector, source, aboveScale, kind, contactName, contactPhone)' })
  field: string | null;

  @Field({ description: 'Why' })
  reason: string;
}

/** What every import answers: all rows or none, and every rejected row with its reason (not in the schema itself: each import names its own result type). */
@ObjectType()
export abstract class ImportOutcome {
  @Field({ description: 'True when every row was accepted (and, unless a dry run, imported)' })
  accepted: boolean;

  @Field({ description: 'True when nothing was meant to be written' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows in the file (blank rows not counted)' })
  rowCount: number;

  @Field(() => Int, { description: 'Rows written: every row, or 0' })
  imported: number;

  @Field(() => [ImportRejection], { description: 'Every rejected row and reason; empty when accepted' })
  rejected: ImportRejection[];

  @Field({ description: 'One line for a person: what happened' })
  summary: string;
}

@ObjectType({ description: 'What an enterprise list import did: all rows or none (per file)' })
export class ImportEnterprisesResult extends ImportOutcome {
  @Field(() => [Enterprise], { description: 'The enterprises written, in file order' })
  enterprises: Enterprise[];
}
