import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { EvaluationContext } from '../context';
import { InspectionFilter, RecordInspectionInput } from './dto/inspection.input';
import { Inspection, InspectionConnection, SuggestedFinding } from './inspection.type';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Mutation(() => Inspection, { description: 'Records an inspection with its findings, deductions and any public criticism notice (INSPECTOR or CITY_ADMIN)' })
  recordInspection(@Arg('input', () => RecordInspectionInput) input: RecordInspectionInput, @Ctx() ctx: EvaluationContext): Promise<Inspection> {
    return ctx.services.inspectionCommands.record(input);
  }

  @Query(() => InspectionConnection, { description: 'Inspections, latest first (a district office sees its own tenant’s only)' })
  inspections(
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter: InspectionFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 200)' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last edge seen' }) after: string | null,
    @Ctx() ctx: EvaluationContext,
  ): Promise<InspectionConnection> {
    return ctx.services.inspection.list(filter, first, after);
  }

  @Query(() => [SuggestedFinding], { description: 'Findings the ledger suggests: 推诿扯皮, a problem returned twice or more without a reason' })
  suggestedFindings(@Arg('districtId', () => ID, { nullable: true }) districtId: string | null, @Ctx() ctx: EvaluationContext): Promise<SuggestedFinding[]> {
    return ctx.services.inspection.suggestedFindings(districtId);
  }
}
