import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CityContext } from '../context';
import { checkAddWorkingDays, checkYear } from './calendar';
import { CalendarSettings, PublishCalendarSettingsInput, PublishCalendarSettingsPayload, WorkingCalendarYear } from './calendar.types';

@Resolver()
export class CalendarResolver {
  @Query(() => WorkingCalendarYear, { description: "One year of the working calendar: the State Council's holidays and 调休, with the city's declared days" })
  async workingCalendar(@Arg('year', () => Int) year: number, @Ctx() ctx: CityContext): Promise<WorkingCalendarYear> {
    checkYear(year);
    return (await ctx.services.calendar.calendar()).year(year);
  }

  @Query(() => String, { description: 'The date `days` working days after `from` (YYYY-MM-DD; before it when negative), to preview a due date' })
  async addWorkingDays(@Arg('from', () => String) from: string, @Arg('days', () => Int) days: number, @Ctx() ctx: CityContext): Promise<string> {
    checkAddWorkingDays(from, days);
    return (await ctx.services.calendar.calendar()).addWorkingDays(from, days);
  }

  @Query(() => CalendarSettings, { nullable: true, description: "The city's calendar settings in force (null before it has published any)" })
  calendarSettings(@Ctx() ctx: CityContext): Promise<CalendarSettings | null> {
    return ctx.services.calendar.latest();
  }

  @Query(() => [CalendarSettings], { description: "Every version of the city's calendar settings, oldest first" })
  calendarSettingsVersions(@Ctx() ctx: CityContext): Promise<CalendarSettings[]> {
    return ctx.services.calendar.versions();
  }

  @Mutation(() => PublishCalendarSettingsPayload, { description: "Publishes a new version of the city's calendar settings (CITY_ADMIN): declared days off and working days" })
  async publishCalendarSettings(@Arg('input', () => PublishCalendarSettingsInput) input: PublishCalendarSettingsInput, @Ctx() ctx: CityContext): Promise<PublishCalendarSettingsPayload> {
    return { settings: await ctx.services.calendarCommands.publish(input) };
  }
}
