import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { assertYear } from '../common/period';
import type { EvaluationContext } from '../context';
import { Commendation, CommendationCandidates, ConfirmCommendationsInput } from './commendation.type';

@Resolver()
export class CommendationResolver {
  @Query(() => CommendationCandidates, { description: 'The year’s commendation candidates (表彰), ranked from the evidence (CITY_ADMIN, INSPECTOR)' })
  commendationCandidates(@Arg('year', { description: 'YYYY' }) year: string, @Ctx() ctx: EvaluationContext): Promise<CommendationCandidates> {
    assertYear(year);
    return ctx.services.commendation.candidates(year);
  }

  @Mutation(() => [Commendation], { description: 'Confirms the year’s commendation list (CITY_ADMIN), once; audited in the event log' })
  confirmCommendations(@Arg('input', () => ConfirmCommendationsInput) input: ConfirmCommendationsInput, @Ctx() ctx: EvaluationContext): Promise<Commendation[]> {
    return ctx.services.commendationCommands.confirm(input);
  }
}
