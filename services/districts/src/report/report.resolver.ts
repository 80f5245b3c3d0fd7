import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { SubmitMonthlyReportPayload } from '../common/payloads';
import type { DistrictsContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Official } from '../official/official.entity';
import { SubmitMonthlyReportInput } from './dto/submit-report.input';
import { MonthlyReport } from './report.type';

@Resolver(() => MonthlyReport)
export class ReportResolver {
  @Mutation(() => SubmitMonthlyReportPayload, {
    description: 'Submits the monthly report on an enterprise (the paired official, or an office); one per pairing and month. Event report.submitted',
  })
  async submitMonthlyReport(@Arg('input', () => SubmitMonthlyReportInput) input: SubmitMonthlyReportInput, @Ctx() ctx: DistrictsContext): Promise<SubmitMonthlyReportPayload> {
    return { report: await ctx.commands.report.submit(input) };
  }

  @FieldResolver(() => Official, { nullable: true, description: 'The reporting official; null when not yours to see' })
  official(@Root() report: MonthlyReport, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.official.load(report.officialId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise reported on; null when not yours to see' })
  enterprise(@Root() report: MonthlyReport, @Ctx() ctx: DistrictsContext): Promise<Enterprise | null> {
    return ctx.loaders.enterprise.load(report.enterpriseId);
  }
}
