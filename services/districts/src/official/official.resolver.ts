import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { District } from '../district/district.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Official } from './official.entity';

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => Official, { nullable: true, description: 'An official by id; null when it is not yours to see' })
  official(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictsContext): Promise<Official | null> {
    return ctx.loaders.official.load(id);
  }

  @FieldResolver(() => District, { description: 'The tenant the official serves in' })
  async district(@Root() official: Official, @Ctx() ctx: DistrictsContext): Promise<District> {
    return (await ctx.loaders.district.load(official.districtId))!;
  }

  @FieldResolver(() => [Enterprise], { description: 'The enterprises it is currently paired with (normally one), in id order' })
  enterprises(@Root() official: Official, @Ctx() ctx: DistrictsContext): Promise<Enterprise[]> {
    return ctx.loaders.enterprisesOfOfficial.load(official.id);
  }
}
