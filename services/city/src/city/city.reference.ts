import type { CityContext } from '../context';
import type { City } from './city.entity';

export const cityReference = {
  City: {
    __resolveReference: (reference: Pick<City, 'id'>, ctx: CityContext) => ctx.loaders.city.load(reference.id),
  },
};
