import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { EvaluationContext } from '../context';
import { Bulletin, BulletinRecordPage } from './bulletin.type';

@Resolver(() => Bulletin)
export class BulletinResolver {
  @Query(() => Bulletin, {
    description: "简报: the bulletin for a month or the year to it, computed from the records; the city's column with every tenant's, or a district office's own (CITY_ADMIN, INSPECTOR, DISTRICT_ADMIN)",
  })
  bulletin(
    @Arg('period', { description: 'The month, YYYY-MM' }) period: string,
    @Arg('districtId', () => ID, { nullable: true, description: 'One tenant only (a district office: its own)' }) districtId: string | null,
    @Arg('yearToDate', () => Boolean, { nullable: true, description: 'January of the year to the month (累计)' }) yearToDate: boolean | null,
    @Ctx() ctx: EvaluationContext,
  ): Promise<Bulletin> {
    return ctx.services.bulletin.bulletin({ period, districtId, yearToDate });
  }

  @Query(() => BulletinRecordPage, { description: 'The records one bulletin figure counts (the figure keys are in the README and on every part of the bulletin)' })
  bulletinRecords(
    @Arg('period', { description: 'The month, YYYY-MM' }) period: string,
    @Arg('figure', { description: 'The figure key, e.g. problems.class.A.SOLVED, visits.NONE.ILLNESS, reports.MISSING' }) figure: string,
    @Arg('districtId', () => ID, { nullable: true }) districtId: string | null,
    @Arg('yearToDate', () => Boolean, { nullable: true }) yearToDate: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 100, at most 1000)' }) first: number | null,
    @Arg('offset', () => Int, { nullable: true, description: 'Records to skip' }) offset: number | null,
    @Ctx() ctx: EvaluationContext,
  ): Promise<BulletinRecordPage> {
    return ctx.services.bulletin.records({ period, figure, districtId, yearToDate, first, offset });
  }
}
