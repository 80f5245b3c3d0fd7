import type { DistrictsContext } from '../context';
import type { Official } from './official.entity';

export const officialReferences = {
  Official: {
    // Null for another tenant's official (or one the caller's role may not see), as for a missing one.
    __resolveReference: (reference: Pick<Official, 'id'>, ctx: DistrictsContext) => ctx.loaders.official.load(reference.id),
  },
};
