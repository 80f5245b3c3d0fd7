import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { District } from '../ranking/ranking.type';
import { Official } from '../scorecard/scorecard.type';

/** The enterprise, owned by the districts subgraph (referred to by a bulletin's records). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: '企业: an enterprise (owned by the districts subgraph)' })
export class Enterprise {
  @Field(() => ID)
  id: string;
}

/** The ledger entry, owned by the issues subgraph (referred to by a bulletin's records). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: '问题: a ledger entry (owned by the issues subgraph)' })
export class Issue {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'One part of a bulletin figure: its key, its count, and the figure key that lists its records (bulletinRecords)' })
export class BulletinPart {
  @Field({ description: 'The part: a visit group (THREE_OR_MORE, TWO, ONE, NONE), an excuse reason (or NOT_RECORDED), a path (ON_SPOT, ASSIGNED, ESCALATED, PENDING)' })
  key: string;

  @Field(() => Int)
  count: number;

  @Field({ description: 'The figure key for bulletinRecords(figure:)' })
  figure: string;
}

@ObjectType({ description: 'Problems of one class or category collected in the window, and how they stand at its end' })
export class BulletinProblemPart {
  @Field({ description: 'The class (A, B, C, D, UNCLASSIFIED) or the category' })
  key: string;

  @Field(() => Int, { description: 'Collected (raised) in the window' })
  collected: number;

  @Field(() => Int, { description: 'Of those, solved by the end of the window (and not since reopened)' })
  solved: number;

  @Field(() => Int, { description: 'Declared unsolvable under current policy (政策性暂不能解决) and not solved' })
  unsolvable: number;

  @Field(() => Int, { description: 'Neither' })
  open: number;

  @Field(() => Float, { nullable: true, description: 'solved / collected; null when none were collected' })
  solvedRate: number | null;

  @Field({ description: 'The figure key of the collected problems (append .SOLVED, .UNSOLVABLE, .OPEN for the others)' })
  figure: string;
}

@ObjectType({ description: 'Monthly reports (按月上报) due in the window: one per paired enterprise and month' })
export class BulletinReports {
  @Field(() => Int) expected: number;
  @Field(() => Int) onTime: number;
  @Field(() => Int) late: number;
  @Field(() => Int, { description: 'Not in once the deadline passed' })
  missing: number;
  @Field(() => Int, { description: 'Not in, deadline still ahead' })
  pending: number;
}

@ObjectType({ description: "One column of the bulletin: a tenant's figures, or the city's (the sum of every tenant's)" })
export class BulletinSection {
  @Field(() => ID, { nullable: true, description: 'The tenant; null for the city total' })
  districtId: string | null;

  @Field(() => District, { nullable: true, description: 'The tenant; null for the city total' })
  district: District | null;

  @Field(() => String, { nullable: true, description: "The tenant's name as the log recorded it; null for the city total" })
  name: string | null;

  @Field(() => Int, { description: '助企干部: officials assessed in the window (from the month they were added)' })
  officials: number;

  @Field(() => Int, { description: 'Official-months (干部·月): officials assessed, counted once per month of the window; equals officials for one month' })
  officialMonths: number;

  @Field(() => Int, { description: 'Enterprises paired with an assessed official at some time in the window' })
  enterprisesPaired: number;

  @Field(() => Int, { description: 'Enterprises served: visited at least once in the window' })
  enterprisesServed: number;

  @Field(() => Int, { description: 'Visits made (服务) in the window' })
  visits: number;

  @Field(() => [BulletinPart], { description: 'Official-months by visits made: THREE_OR_MORE, TWO, ONE, NONE (their sum is officialMonths)' })
  officialsByVisits: BulletinPart[];

  @Field(() => [BulletinPart], { description: 'The NONE group by its recorded excuse (AWAY_ON_DUTY, ENTERPRISE_DECLINED, ILLNESS, TRAINING, NOT_RECORDED)' })
  unvisitedByReason: BulletinPart[];

  @Field(() => BulletinReports)
  reports: BulletinReports;

  @Field(() => Int, { description: 'Problems collected (raised) in the window' })
  problems: number;

  @Field(() => Int) solved: number;
  @Field(() => Int) unsolvable: number;
  @Field(() => Int) open: number;

  @Field(() => Float, { nullable: true, description: 'solved / problems' })
  solvedRate: number | null;

  @Field(() => [BulletinProblemPart], { description: 'By class (问题分类 A, B, C, D as recorded; UNCLASSIFIED otherwise)' })
  byClass: BulletinProblemPart[];

  @Field(() => [BulletinProblemPart], { description: 'By category' })
  byCategory: BulletinProblemPart[];

  @Field(() => [BulletinPart], { description: 'By the path each took first: ON_SPOT 当场解决, ASSIGNED 交办, ESCALATED 上报, PENDING (not yet)' })
  byPath: BulletinPart[];

  @Field(() => Int, { description: 'Problems past their due date and not solved at the end of the window (any time raised)' })
  overdue: number;

  @Field(() => Int, { description: 'Escalations in the window (each step up counts)' })
  escalations: number;

  @Field(() => Int) escalationsToDistrict: number;

  @Field(() => Int, { description: "Escalations to the city's leading group" })
  escalationsToCity: number;

  @Field(() => Int, { nullable: true, description: "The tenant's rank in the month's ranking; null for the city or when not visible" })
  rank: number | null;

  @Field(() => Float, { nullable: true, description: "The tenant's score in the month's ranking" })
  score: number | null;

  @Field(() => Int, { description: 'Inspections (督查) in the window' })
  inspections: number;

  @Field(() => Int, { description: 'Deductions (考核扣分) in the window' })
  deductions: number;

  @Field(() => Float, { description: 'Points deducted' })
  deductionPoints: number;
}

@ObjectType({ description: '简报: the monthly bulletin, computed from the records; every total is checked against the sum of its parts before it is served' })
export class Bulletin {
  @Field({ description: 'The month, YYYY-MM' })
  period: string;

  @Field({ description: 'True for January to the month' })
  yearToDate: boolean;

  @Field({ description: 'First month counted' })
  fromPeriod: string;

  @Field({ description: 'Last month counted' })
  toPeriod: string;

  @Field({ description: 'Where "by the end" is judged: the end of the window, or now while it runs (ISO 8601)' })
  asOf: string;

  @Field(() => Int, { description: 'Checks passed (totals against parts, the city against its tenants)' })
  checks: number;

  @Field(() => BulletinSection, { description: 'The city (or, for a district office, its own tenant)' })
  total: BulletinSection;

  @Field(() => [BulletinSection], { description: 'Each tenant in scope' })
  tenants: BulletinSection[];
}

@ObjectType({ description: 'A record a bulletin figure counts' })
export class BulletinRecord {
  @Field({ description: 'OFFICIAL_MONTH, ENTERPRISE, REPORT, ISSUE, ESCALATION, INSPECTION or DEDUCTION' })
  kind: string;

  @Field(() => ID, { description: "The record's identity within its kind (an official and month, a problem, an escalation's position, ...)" })
  id: string;

  @Field(() => ID)
  districtId: string;

  @Field(() => String, { nullable: true }) period: string | null;
  @Field(() => ID, { nullable: true }) officialId: string | null;
  @Field(() => Official, { nullable: true }) official: Official | null;
  @Field(() => String, { nullable: true, description: "The official's name as the log recorded it" }) officialName: string | null;
  @Field(() => ID, { nullable: true }) enterpriseId: string | null;
  @Field(() => Enterprise, { nullable: true }) enterprise: Enterprise | null;
  @Field(() => ID, { nullable: true }) issueId: string | null;
  @Field(() => Issue, { nullable: true }) issue: Issue | null;
  @Field(() => String, { nullable: true }) ledgerNo: string | null;
  @Field(() => ID, { nullable: true }) inspectionId: string | null;

  @Field(() => String, { nullable: true, description: 'What the record says: visits, excuse, report status, category/class/path/outcome, level, kind, reason' })
  detail: string | null;

  @Field(() => Float, { description: 'What it adds to the figure (1; visits; points)' })
  value: number;
}

@ObjectType({ description: 'The records behind one bulletin figure' })
export class BulletinRecordPage {
  @Field() figure: string;

  @Field(() => Float, { description: 'The figure (equals the bulletin’s)' })
  value: number;

  @Field(() => Int, { description: 'Records in all' })
  totalCount: number;

  @Field(() => [BulletinRecord])
  records: BulletinRecord[];
}
