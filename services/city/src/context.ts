import type { BaseContext } from '@qinshang/subgraph';
import { createCityLoaders } from './city/city.loader';
import { CityService } from './city/city.service';

/** Per request: the services, bound to the request's transaction, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const services = { city: new CityService(manager) };
  return { services, loaders: { ...createCityLoaders(services.city) } };
}

export type CityContext = BaseContext & ReturnType<typeof extendContext>;
