import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OfficialPayload } from '../common/payloads';
import type { DistrictsContext } from '../context';
import { District } from '../district/district.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Pairing } from '../pairing/pairing.entity';
import { VisitQueries } from '../visit/visit.queries';
import { ServiceVisitConnection } from '../visit/visit.types';
import { AddOfficialInput } from './dto/add-official.input';
import { OfficialConnection } from './official-connection.type';
import { Official } from './official.entity';

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => Official, { nullable: true, description: 'An official by id; null when it is not yours to see' })
  official(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.official.load(id);
  }

  @Mutation(() => OfficialPayload, { description: 'Adds an official to a tenant (an office; a district office in its own tenant). Event official.added' })
  async addOfficial(@Arg('input', () => AddOfficialInput) input: AddOfficialInput, @Ctx() ctx: DistrictsContext): Promise<OfficialPayload> {
    return { official: await ctx.commands.official.add(input) };
  }

  @FieldResolver(() => District, { description: 'The tenant the official serves in' })
  async district(@Root() official: Official, @Ctx() ctx: DistrictsContext): Promise<District> {
    return (await ctx.loaders.district.load(official.districtId))!;
  }

  @FieldResolver(() => [Enterprise], { description: 'The enterprises it is currently paired with (normally one), in id order' })
  enterprises(@Root() official: Official, @Ctx() ctx: DistrictsContext): Promise<Enterprise[]> {
    return ctx.loaders.enterprisesOfOfficial.load(official.id);
  }

  @FieldResolver(() => [Pairing], { description: 'Its pairings, active and ended, newest first' })
  pairings(@Root() official: Official, @Ctx() ctx: DistrictsContext): Promise<Pairing[]> {
    return ctx.loaders.pairingsOfOfficial.load(official.id);
  }

  @FieldResolver(() => ServiceVisitConnection, { description: 'The visits it made, newest first, a page at a time' })
  visits(
    @Root() official: Official,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "The previous page's `endCursor`" }) after: string | null,
    @Arg('period', () => String, { nullable: true, description: 'Only the visits of this month (YYYY-MM)' }) period: string | null,
    @Ctx() ctx: DistrictsContext,
  ): Promise<ServiceVisitConnection> {
    return ctx.loaders.visitPages('official_id', VisitQueries.pageArgs({ first, after, period })).load(official.id);
  }
}

@Resolver(() => District)
export class DistrictOfficialsResolver {
  @FieldResolver(() => OfficialConnection, { description: "The tenant's officials (助企干部) in id order, a page at a time" })
  async officials(
    @Root() district: District,
    @Arg('first', () => Int, { description: 'Page size, 1 to 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "The previous page's `endCursor`" }) after: string | null,
    @Ctx() ctx: DistrictsContext,
  ): Promise<OfficialConnection> {
    return ctx.services.official.list(district.id, { first, after });
  }
}

@Resolver(() => OfficialConnection)
export class OfficialConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many officials the whole list holds (that the caller may see)' })
  totalCount(@Root() connection: OfficialConnection, @Ctx() ctx: DistrictsContext): Promise<number> {
    return ctx.services.official.count(connection.districtId);
  }
}
