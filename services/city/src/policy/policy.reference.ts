import type { CityContext } from '../context';
import type { Enterprise } from './enterprise.type';
import type { Policy } from './policy.type';

export const policyReferences = {
  Policy: {
    __resolveReference: (reference: Pick<Policy, 'id'>, ctx: CityContext) => ctx.loaders.policy.load(reference.id),
  },
  // The districts subgraph decides whether the caller sees the enterprise; `policies` answers for what this one knows.
  Enterprise: {
    __resolveReference: (reference: Pick<Enterprise, 'id'>) => reference,
  },
};
