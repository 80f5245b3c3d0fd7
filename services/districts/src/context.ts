import type { BaseContext } from '@qinshang/subgraph';
import { createDistrictLoaders } from './district/district.loader';
import { DistrictService } from './district/district.service';

/** Per request: the services, bound to the request's transaction, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const services = { district: new DistrictService(manager) };
  return { services, loaders: { ...createDistrictLoaders(services.district) } };
}

export type DistrictsContext = BaseContext & ReturnType<typeof extendContext>;
