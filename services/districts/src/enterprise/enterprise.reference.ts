import type { DistrictsContext } from '../context';
import type { Enterprise } from './enterprise.entity';

export const enterpriseReferences = {
  Enterprise: {
    // Null for another tenant's enterprise (or one the caller's role may not see), as for a missing one.
    __resolveReference: (reference: Pick<Enterprise, 'id'>, ctx: DistrictsContext) => ctx.loaders.enterprise.load(reference.id),
  },
};
