import type { WorkingCalendar } from '@qinshang/calendar';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { calendarOf } from './clock';
import { OPEN_STATUSES } from './state-machine';
import { Issue, WorkingDaysLeft } from './types';

/** One calendar read per request, however many problems ask. */
const calendars = new WeakMap<object, Promise<WorkingCalendar>>();

@Resolver(() => Issue)
export class WorkingDaysResolver {
  @FieldResolver(() => WorkingDaysLeft, { description: "Working days left before each clock runs out, on the official calendar with the city's declared days" })
  async workingDaysLeft(@Root() issue: Issue, @Ctx() ctx: IssuesContext): Promise<WorkingDaysLeft> {
    let calendar = calendars.get(ctx);
    if (!calendar) calendars.set(ctx, (calendar = calendarOf(ctx.db)));
    const working = await calendar;
    const now = new Date();
    const left = (due: Date | null, running: boolean) => (due && running ? working.workingDaysLeft(now, new Date(due)) : null);
    const open = OPEN_STATUSES.includes(issue.status);
    return {
      response: left(issue.responseDueAt, open && !issue.respondedAt),
      resolution: left(issue.dueAt, open),
      stage: left(issue.stageDueAt, open),
    };
  }
}
