import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IssueCategory } from './issue-category.enum';

export enum DeadlineUnit {
  CALENDAR = 'CALENDAR',
  WORKING_DAYS = 'WORKING_DAYS',
  WORKING_HOURS = 'WORKING_HOURS',
}
registerEnumType(DeadlineUnit, {
  name: 'DeadlineUnit',
  description:
    'How a rules version counts time: CALENDAR (response in clock hours, the rest in calendar days); WORKING_DAYS (response in working days, `responseDays`; the rest in working days of the official calendar); WORKING_HOURS (response in working hours within office hours 09:00-17:30; the rest in working days)',
});

@ObjectType({ description: 'Days a leading group has to decide, per level' })
export class DecisionWindows {
  @Field(() => Int)
  DISTRICT: number;

  @Field(() => Int)
  CITY: number;
}

@ObjectType({ description: 'The clocks of one problem category' })
export class CategoryDeadline {
  @Field(() => IssueCategory)
  category: IssueCategory;

  @Field(() => Int, { description: 'Hours from raising to the first response (件件有回应)' })
  responseHours: number;

  @Field(() => Int, { description: 'Days from assignment to the resolution due date' })
  resolutionDays: number;

  @Field(() => Int, { nullable: true, description: 'Working days to the first response (WORKING_DAYS rules)' })
  responseDays?: number | null;
}

@ObjectType({ description: 'Scoring weights of the monthly assessment; they sum to 1' })
export class ScoringWeights {
  @Field(() => Float, { description: 'Visit compliance' })
  visits: number;

  @Field(() => Float, { description: 'Monthly reports on time' })
  report: number;

  @Field(() => Float, { description: 'Response rate' })
  response: number;

  @Field(() => Float, { description: 'Resolution rate' })
  resolution: number;

  @Field(() => Float, { description: 'Satisfaction rate' })
  satisfaction: number;
}

@ObjectType({ description: '表彰: how many officials may be commended each year' })
export class CommendationQuotas {
  @Field(() => Int, { description: '杰出 outstanding' })
  outstanding: number;

  @Field(() => Int, { description: '优秀 excellent' })
  excellent: number;
}

/** One version of a campaign's rules. Versions are never changed: a new one is published instead. */
@ObjectType({ description: "A version of the campaign's rules, in force from a month until a later version takes over" })
export class CampaignRules {
  campaignId: string;

  @Field(() => Int, { description: '1, 2, ... in publishing order' })
  version: number;

  @Field({ description: 'The first month (YYYY-MM) it applies to' })
  effectiveFrom: string;

  @Field(() => Int, { description: 'Minimum service visits each official makes to a paired enterprise per month' })
  minVisitsPerMonth: number;

  @Field(() => [CategoryDeadline], { description: 'Response and resolution deadlines for every problem category' })
  deadlines: CategoryDeadline[];

  @Field(() => ScoringWeights)
  weights: ScoringWeights;

  @Field(() => Int, { description: 'Day of the following month by which a monthly report is on time (its working day, under working-time rules)' })
  reportDueDay: number;

  @Field(() => DeadlineUnit, { description: 'How this version counts its time limits; a problem keeps the unit of the version it was raised under' })
  deadlineUnit: DeadlineUnit;

  @Field(() => DecisionWindows, { description: "Days (in this version's unit) a leading group has to decide" })
  escalationDecisionDays: DecisionWindows;

  @Field(() => Int, { description: '走访提醒: from this day of the month, an official short of the minimum visits to a paired enterprise is reminded, once' })
  visitReminderDay: number;

  @Field(() => Int, { description: '月报提醒: working days before a monthly report is due from which an official who has not submitted it is reminded, once' })
  reportReminderDays: number;

  @Field(() => Int, { description: 'Working days after a problem is solved from which the enterprise is reminded to confirm (销号) it, once' })
  confirmationReminderDays: number;

  @Field(() => CommendationQuotas)
  commendationQuotas: CommendationQuotas;

  @Field(() => Float, { description: 'A deduction total above this disqualifies an official from commendation' })
  disqualifyingDeduction: number;

  @Field(() => Int, { description: 'Closures, problems or visits a tenant needs in a month before a rate counts in the ranking' })
  minimumSample: number;

  @Field({ description: 'When it was published (ISO-8601)' })
  publishedAt: string;

  @Field({ description: 'Who published it' })
  publishedBy: string;
}
