import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { City } from './city.type';
import { District } from './district.entity';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'A tenant by its code; null when it is not yours to see' })
  district(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictsContext): Promise<District | null> {
    return ctx.loaders.district.load(id);
  }

  @FieldResolver(() => Int, { description: 'How many enterprises and projects are on its list (that the caller may see)' })
  async enterpriseCount(@Root() district: District, @Ctx() ctx: DistrictsContext): Promise<number> {
    return (await ctx.loaders.organisationCounts.load(district.id)).enterprises;
  }

  @FieldResolver(() => Int, { description: 'How many officials (助企干部) serve in it (that the caller may see)' })
  async officialCount(@Root() district: District, @Ctx() ctx: DistrictsContext): Promise<number> {
    return (await ctx.loaders.organisationCounts.load(district.id)).officials;
  }
}

@Resolver(() => City)
export class CityDistrictsResolver {
  @FieldResolver(() => [District], { description: "The city's tenants that the caller may see, in the city's order" })
  districts(@Root() city: City, @Ctx() ctx: DistrictsContext): Promise<District[]> {
    return ctx.services.district.inCity(city.id);
  }
}
