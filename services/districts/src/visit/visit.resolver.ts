import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { RecordExcusePayload, RecordVisitPayload } from '../common/payloads';
import type { DistrictsContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Official } from '../official/official.entity';
import { RecordExcuseInput, RecordVisitInput } from './dto/visit.inputs';
import { ServiceVisit, ServiceVisitConnection, VisitExcuse } from './visit.types';

@Resolver(() => ServiceVisit)
export class VisitResolver {
  @Mutation(() => RecordVisitPayload, {
    description: 'Records a service visit for the official paired with the enterprise (that official, or an office of the tenant). Event visit.recorded',
  })
  async recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() ctx: DistrictsContext): Promise<RecordVisitPayload> {
    return { visit: await ctx.commands.visit.recordVisit(input) };
  }

  @Mutation(() => RecordExcusePayload, {
    description: 'Records why a month passes without a visit (the paired official, or an office). Event visit.excused',
  })
  async recordExcuse(@Arg('input', () => RecordExcuseInput) input: RecordExcuseInput, @Ctx() ctx: DistrictsContext): Promise<RecordExcusePayload> {
    return { excuse: await ctx.commands.visit.recordExcuse(input) };
  }

  @FieldResolver(() => Official, { nullable: true, description: 'The official who visited; null when not yours to see' })
  official(@Root() visit: ServiceVisit, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.official.load(visit.officialId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise visited; null when not yours to see' })
  enterprise(@Root() visit: ServiceVisit, @Ctx() ctx: DistrictsContext): Promise<Enterprise | null> {
    return ctx.loaders.enterprise.load(visit.enterpriseId);
  }
}

@Resolver(() => VisitExcuse)
export class VisitExcuseResolver {
  @FieldResolver(() => Official, { nullable: true, description: 'The official excused; null when not yours to see' })
  official(@Root() excuse: VisitExcuse, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.official.load(excuse.officialId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise; null when not yours to see' })
  enterprise(@Root() excuse: VisitExcuse, @Ctx() ctx: DistrictsContext): Promise<Enterprise | null> {
    return ctx.loaders.enterprise.load(excuse.enterpriseId);
  }
}

@Resolver(() => ServiceVisitConnection)
export class ServiceVisitConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many visits the whole list holds (all pages, same filter)' })
  totalCount(@Root() connection: ServiceVisitConnection, @Ctx() ctx: DistrictsContext): Promise<number> {
    return ctx.loaders.visitCounts(connection.scope.side, connection.scope.period).load(connection.scope.id);
  }
}
