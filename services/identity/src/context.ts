import { loadConfigOrExit } from '@qinshang/config';
import type { BaseContext } from '@qinshang/subgraph';
import { AccountService } from './accounts/account.service';
import { identityShape } from './config';

const config = loadConfigOrExit(identityShape);

export function extendContext(base: BaseContext) {
  return { accounts: new AccountService(base.db, base.caller, config.RESET_CODE_TTL) };
}

export type IdentityContext = BaseContext & ReturnType<typeof extendContext>;
