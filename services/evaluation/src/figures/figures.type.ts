import { Field, Float, Int, ObjectType } from 'type-graphql';

/** The figures a scorecard and a ranking share (see the README for every definition). */

@ObjectType({ description: 'The figures a scorecard and a ranking share (a base class, not exposed on its own)' })
export class FigureSet {
  @Field({ description: 'The month, YYYY-MM' })
  period: string;

  @Field(() => Int, { description: 'The version of the campaign rules the score was computed under (0: provisional, before any was published)' })
  rulesVersion: number;

  @Field({ description: 'True when the month is published (frozen); false for figures computed live' })
  published: boolean;

  @Field(() => String, { nullable: true, description: 'When the month was published (ISO 8601)' })
  publishedAt: string | null;

  @Field(() => Int, { description: 'Enterprises paired during the month' })
  pairedEnterprises: number;

  @Field(() => Int, { description: 'Paired enterprises whose month is excused (does not count against)' })
  excusedEnterprises: number;

  @Field(() => Int, { description: 'Service visits made in the month (服务)' })
  visits: number;

  @Field(() => Int, { description: 'Visits required: minVisitsPerMonth x (paired - excused) enterprises' })
  requiredVisits: number;

  @Field(() => Int, { description: 'Visits that count toward the requirement: min(made, required) per official' })
  creditedVisits: number;

  @Field(() => Float, { nullable: true, description: 'Credited visits / required visits; null when nothing was required (or under the minimum sample)' })
  visitCompliance: number | null;

  @Field(() => Int, { description: 'Monthly reports expected (one per paired enterprise)' })
  reportsExpected: number;

  @Field(() => Int, { description: 'Monthly reports in on time' })
  reportsOnTime: number;

  @Field(() => Int, { description: 'Monthly reports in late' })
  reportsLate: number;

  @Field(() => Int, { description: 'Monthly reports still missing after their deadline' })
  reportsMissing: number;

  @Field(() => Float, { nullable: true, description: '(on time + half of late) / expected' })
  reportRate: number | null;

  @Field(() => Int, { description: 'Problems due an answer in the month (件件有回应)' })
  problemsDueAnswer: number;

  @Field(() => Int, { description: 'Of those, answered within the response deadline' })
  answeredInTime: number;

  @Field(() => Float, { nullable: true, description: 'Answered in time / due an answer' })
  responseRate: number | null;

  @Field(() => Int, { description: 'Problems whose due date fell in the month' })
  problemsDue: number;

  @Field(() => Int, { description: 'Of those, solved by the due date' })
  solvedByDue: number;

  @Field(() => Float, { nullable: true, description: 'Solved by the due date / due' })
  resolutionRate: number | null;

  @Field(() => Int, { description: 'Closures (销号) in the month with a satisfaction rating' })
  closuresRated: number;

  @Field(() => Int, { description: 'Of those, rated satisfied or basically satisfied (满意 + 基本满意)' })
  closuresSatisfied: number;

  @Field(() => Float, { nullable: true, description: 'Satisfied / rated' })
  satisfactionRate: number | null;

  @Field(() => Int, { description: 'Problems past their due date and unsolved at the end of the month (or now)' })
  overdue: number;

  @Field(() => Int, { description: 'Escalations in the month' })
  escalations: number;

  @Field(() => Float, { description: 'Inspection deduction points counted in the month (考核扣分)' })
  deductions: number;

  @Field(() => Float, { description: 'The score: weighted components x 100, less deductions' })
  score: number;
}
