import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { InspectionKind } from '../inspection.type';

@InputType({ description: 'Points to deduct for a finding' })
export class DeductionInput {
  @Field(() => Float, { description: 'Points, more than 0 and at most 100' })
  @Min(0.01)
  @Max(100)
  points: number;

  @Field({ description: 'Why' })
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'One finding of an inspection' })
export class FindingInput {
  @Field({ description: 'What was found' })
  @MinLength(1)
  @MaxLength(2000)
  summary: string;

  @Field(() => ID, { nullable: true, description: 'The official it concerns (one of the tenant’s)' })
  @IsOptional()
  officialId?: string | null;

  @Field(() => String, { nullable: true, description: 'The position of the ledger event it cites (must be one of this tenant’s events)' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'eventPosition is an event-log position (a positive integer)' })
  eventPosition?: string | null;

  @Field(() => [DeductionInput], { nullable: true, description: 'Points deducted for it (counted against the finding’s official, or the tenant)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(10)
  deductions?: DeductionInput[] | null;
}

@InputType({ description: '通报批评: a public criticism notice' })
export class PublicCriticismInput {
  @Field()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @Field()
  @MinLength(1)
  @MaxLength(5000)
  text: string;

  @Field(() => [ID], { description: 'The officials it names (of the inspected tenant)' })
  officialIds: string[];
}

@InputType({ description: 'An inspection to record' })
export class RecordInspectionInput {
  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again',
  })
  idempotencyKey?: string | null;


  @Field(() => ID, { description: 'The tenant inspected' })
  districtId: string;

  @Field(() => InspectionKind)
  kind: InspectionKind;

  @Field({ description: 'The day, YYYY-MM-DD' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'inspectedOn is a day, YYYY-MM-DD' })
  inspectedOn: string;

  @Field(() => String, { nullable: true, description: 'The month the deductions count in (YYYY-MM); defaults to the inspection’s month' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period is a month, YYYY-MM' })
  period?: string | null;

  @Field(() => [ID], { description: 'The officials concerned (of the inspected tenant)' })
  @ArrayMaxSize(500)
  officialIds: string[];

  @Field(() => [FindingInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  findings: FindingInput[];

  @Field(() => PublicCriticismInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  publicCriticism?: PublicCriticismInput | null;
}

@InputType({ description: 'Which inspections' })
export class InspectionFilter {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => InspectionKind, { nullable: true })
  kind?: InspectionKind | null;

  @Field(() => ID, { nullable: true, description: 'Inspections concerning this official' })
  officialId?: string | null;

  @Field(() => String, { nullable: true, description: 'Inspections counted in this month, YYYY-MM' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period is a month, YYYY-MM' })
  period?: string | null;
}
