import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DeadlineUnit } from '../campaign-rules.type';
import { IssueCategory } from '../issue-category.enum';

@InputType({ description: 'The clocks of one problem category' })
export class CategoryDeadlineInput {
  @Field(() => IssueCategory)
  category: IssueCategory;

  @Field(() => Int, { description: 'Hours to the first response, 1 or more' })
  responseHours: number;

  @Field(() => Int, { description: 'Days to the resolution due date, 1 or more' })
  resolutionDays: number;

  @Field(() => Int, { nullable: true, description: 'Working days to the first response; required by WORKING_DAYS rules' })
  responseDays?: number | null;
}

@InputType({ description: 'Days a leading group has to decide, per level' })
export class DecisionWindowsInput {
  @Field(() => Int)
  DISTRICT: number;

  @Field(() => Int)
  CITY: number;
}

@InputType({ description: 'Scoring weights, each 0 to 1, summing to 1' })
export class ScoringWeightsInput {
  @Field(() => Float)
  visits: number;

  @Field(() => Float)
  report: number;

  @Field(() => Float)
  response: number;

  @Field(() => Float)
  resolution: number;

  @Field(() => Float)
  satisfaction: number;
}

@InputType({ description: 'Commendation quotas' })
export class CommendationQuotasInput {
  @Field(() => Int)
  outstanding: number;

  @Field(() => Int)
  excellent: number;
}

@InputType({
  description:
    'A new rules version. Every setting left out is copied from the version that would otherwise be in force from `effectiveFrom`; deadlines, when given, list every category.',
})
export class PublishCampaignRulesInput {
  @Field(() => ID, { nullable: true, description: "The campaign; the city's current one when left out" })
  campaignId?: string | null;

  @Field({ description: 'The first month it applies to (YYYY-MM), the current month or later' })
  effectiveFrom: string;

  @Field(() => Int, { nullable: true })
  minVisitsPerMonth?: number | null;

  @Field(() => [CategoryDeadlineInput], { nullable: true })
  deadlines?: CategoryDeadlineInput[] | null;

  @Field(() => ScoringWeightsInput, { nullable: true })
  weights?: ScoringWeightsInput | null;

  @Field(() => Int, { nullable: true })
  reportDueDay?: number | null;

  @Field(() => CommendationQuotasInput, { nullable: true })
  commendationQuotas?: CommendationQuotasInput | null;

  @Field(() => Float, { nullable: true })
  disqualifyingDeduction?: number | null;

  @Field(() => Int, { nullable: true })
  minimumSample?: number | null;

  @Field(() => DeadlineUnit, { nullable: true, description: 'How the version counts its time limits' })
  deadlineUnit?: DeadlineUnit | null;

  @Field(() => DecisionWindowsInput, { nullable: true })
  escalationDecisionDays?: DecisionWindowsInput | null;

  @Field(() => Int, { nullable: true, description: 'Day of the month (1-28) from which an official short of the minimum visits is reminded' })
  visitReminderDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days (1-20) before a monthly report is due from which an official who has not submitted it is reminded' })
  reportReminderDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days (1-30) after a problem is solved from which the enterprise is reminded to confirm it' })
  confirmationReminderDays?: number | null;
}
