import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CityContext } from '../context';
import { Campaign, City } from './city.entity';

@Resolver(() => City)
export class CityResolver {
  @Query(() => City, { nullable: true, description: 'The city this deployment serves' })
  city(@Ctx() ctx: CityContext): Promise<City | null> {
    return ctx.services.city.city();
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The current campaign' })
  campaign(@Root() city: City, @Ctx() ctx: CityContext): Promise<Campaign | null> {
    return ctx.loaders.campaignByCity.load(city.id);
  }
}
