import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Official } from '../scorecard/scorecard.type';

@ObjectType({ description: 'An official’s record over a year: the figures a commendation rests on' })
export class CommendationCandidate {
  @Field(() => ID)
  officialId: string;

  @Field(() => Official)
  official: Official;

  @Field(() => ID)
  districtId: string;

  @Field(() => Int, { nullable: true, description: 'Rank among the eligible (1 is best); null when disqualified' })
  rank: number | null;

  @Field(() => String, { nullable: true, description: 'OUTSTANDING (杰出) or EXCELLENT (优秀) within the quotas; null otherwise' })
  level: string | null;

  @Field(() => Float, { description: 'Mean of its monthly scores over the months assessed' })
  averageScore: number;

  @Field(() => Int, { description: 'Months assessed in the year' })
  months: number;

  @Field(() => Int)
  visits: number;

  @Field(() => Int)
  requiredVisits: number;

  @Field(() => Float, { nullable: true, description: 'Credited / required visits over the year' })
  visitCompliance: number | null;

  @Field(() => Float, { nullable: true })
  responseRate: number | null;

  @Field(() => Float, { nullable: true })
  resolutionRate: number | null;

  @Field(() => Float, { nullable: true })
  satisfactionRate: number | null;

  @Field(() => Float, { description: 'Deduction points over the year' })
  deductions: number;

  @Field({ description: 'True when its deductions exceed the rules’ threshold' })
  disqualified: boolean;
}

@ObjectType({ description: 'A confirmed commendation (表彰)' })
export class Commendation {
  @Field()
  year: string;

  @Field(() => ID)
  officialId: string;

  @Field(() => Official)
  official: Official;

  @Field(() => ID)
  districtId: string;

  @Field({ description: 'OUTSTANDING (杰出) or EXCELLENT (优秀)' })
  level: string;

  @Field(() => Float)
  averageScore: number;

  @Field()
  confirmedBy: string;

  @Field({ description: 'ISO 8601' })
  confirmedAt: string;
}

@ObjectType({ description: 'The year’s commendation candidates, ranked from the evidence' })
export class CommendationCandidates {
  @Field()
  year: string;

  @Field(() => Int, { description: 'The rules version whose quotas and threshold apply (in force in December)' })
  rulesVersion: number;

  @Field(() => Int)
  outstandingQuota: number;

  @Field(() => Int)
  excellentQuota: number;

  @Field(() => Float, { description: 'A deduction total above this disqualifies' })
  disqualifyingDeduction: number;

  @Field(() => [CommendationCandidate], { description: 'Proposed as outstanding (杰出), best first' })
  outstanding: CommendationCandidate[];

  @Field(() => [CommendationCandidate], { description: 'Proposed as excellent (优秀), best first' })
  excellent: CommendationCandidate[];

  @Field(() => [CommendationCandidate], { description: 'Disqualified by deductions, with their figures' })
  disqualified: CommendationCandidate[];

  @Field(() => [Commendation], { description: 'The confirmed list, once the office has confirmed it' })
  confirmed: Commendation[];
}

@InputType({ description: 'The commendation list the office confirms' })
export class ConfirmCommendationsInput {
  @Field({ description: 'YYYY' })
  @Matches(/^\d{4}$/, { message: 'year is YYYY' })
  year: string;

  @Field(() => [ID], { description: 'Officials commended as outstanding (杰出)' })
  @ArrayMaxSize(1000)
  outstanding: string[];

  @Field(() => [ID], { description: 'Officials commended as excellent (优秀)' })
  @ArrayMaxSize(5000)
  excellent: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
