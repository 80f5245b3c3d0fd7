import type { DistrictsContext } from '../context';
import type { City } from './city.type';
import type { District } from './district.entity';

export const districtReferences = {
  District: {
    __resolveReference: (reference: Pick<District, 'id'>, ctx: DistrictsContext) => ctx.loaders.district.load(reference.id),
  },
  City: {
    __resolveReference: (reference: Pick<City, 'id'>) => reference,
  },
};
