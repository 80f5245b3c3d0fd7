import { Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { EvaluationContext } from '../context';

@ObjectType({ description: 'What a rebuild of the projections did' })
export class RebuildResult {
  @Field(() => Int, { description: 'Events replayed' })
  events: number;

  @Field({ description: 'The log position the projections now stand at' })
  position: string;

  @Field(() => Int, { description: 'How long it took, in milliseconds' })
  ms: number;
}

@Resolver()
export class AdminResolver {
  @Mutation(() => RebuildResult, {
    description: 'Rebuilds the assessment projections from the whole event log in one transaction (CITY_ADMIN); published months are not touched',
  })
  async rebuildProjections(@Ctx() ctx: EvaluationContext): Promise<RebuildResult> {
    return ctx.services.admin.rebuildProjections();
  }
}
