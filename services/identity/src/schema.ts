import { buildFederatedSchema } from '@qinshang/subgraph';
import { AccountResolver } from './accounts/account.resolver';

export const SCHEMA_NAME = 'identity';

export function buildIdentitySchema() {
  return buildFederatedSchema({ resolvers: [AccountResolver] }, {});
}
