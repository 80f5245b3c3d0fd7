import DataLoader from 'dataloader';
import type { Policy } from './policy.type';
import type { PolicyQueries } from './policy.queries';

export function createPolicyLoaders(service: PolicyQueries) {
  return {
    policy: new DataLoader<string, Policy | null>(async (ids) => {
      const found = await service.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Keyed by enterprise id: the policies that apply to it today (null: not an enterprise the caller may see). */
    policiesForEnterprise: new DataLoader<string, Policy[] | null>(async (ids) => {
      const found = await service.forEnterprises(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
