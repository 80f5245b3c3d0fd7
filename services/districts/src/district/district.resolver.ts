import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { DistrictsContext } from '../context';
import { City } from './city.type';
import { District } from './district.entity';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'A tenant by its code; null when it is not yours to see' })
  district(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictsContext): Promise<District | null> {
    return ctx.loaders.district.load(id);
  }
}

@Resolver(() => City)
export class CityDistrictsResolver {
  @FieldResolver(() => [District], { description: "The city's tenants that the caller may see, in the city's order" })
  districts(@Root() city: City, @Ctx() ctx: DistrictsContext): Promise<District[]> {
    return ctx.services.district.inCity(city.id);
  }
}
