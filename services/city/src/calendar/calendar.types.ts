import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  DAY_OFF = 'DAY_OFF',
  WORKDAY = 'WORKDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: "A day the city declares: HOLIDAY (a statutory day off it publishes itself), DAY_OFF (its own: extreme weather, a local holiday), WORKDAY (worked though otherwise off)",
});

@ObjectType({ description: 'One year of the working calendar (工作日): dates YYYY-MM-DD, Asia/Shanghai' })
export class WorkingCalendarYear {
  @Field(() => Int)
  year: number;

  @Field(() => [String], { description: 'Days off besides ordinary weekends: statutory holidays (their weekend days included) and the city\'s days off' })
  holidays: string[];

  @Field(() => [String], { description: '调休: weekend days that are working days' })
  adjustedWorkdays: string[];

  @Field({ description: 'Where the days come from: the data package and its version, the city\'s settings version, or WEEKENDS_ONLY when the year is not covered' })
  source: string;

  @Field({ description: 'False when neither the data package nor the city gives the year: Monday to Friday are counted as working days' })
  covered: boolean;
}

@ObjectType({ description: 'A day the city declares' })
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarDayKind)
  kind: CalendarDayKind;

  @Field({ description: 'Why, e.g. 暴雨红色预警停工' })
  name: string;
}

@ObjectType({ description: "A version of the city's calendar settings (the days it declares on top of the State Council's calendar)" })
export class CalendarSettings {
  @Field(() => Int)
  version: number;

  @Field(() => [CalendarDay])
  days: CalendarDay[];

  @Field(() => [Int], { description: 'Years whose whole official calendar this version gives (announced, not yet in the data package)' })
  years: number[];

  @Field()
  publishedAt: string;

  @Field()
  publishedBy: string;
}

@InputType({ description: 'A day the city declares' })
export class CalendarDayInput {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarDayKind)
  kind: CalendarDayKind;

  @Field({ description: 'Why, e.g. 暴雨红色预警停工' })
  name: string;
}

@InputType({ description: "A new version of the city's calendar settings: it replaces the one before it, so list every declared day" })
export class PublishCalendarSettingsInput {
  @Field(() => [CalendarDayInput])
  days: CalendarDayInput[];

  @Field(() => [Int], { nullable: true, description: 'Years whose whole official calendar the listed days give (default: none)' })
  years?: number[] | null;

  @Field(() => Int, { nullable: true, description: 'The version this one replaces, to refuse a concurrent publication (CONFLICT)' })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The result of publishing calendar settings' })
export class PublishCalendarSettingsPayload {
  @Field(() => CalendarSettings)
  settings: CalendarSettings;
}
