import type { BaseContext } from '@qinshang/subgraph';
import { InboxService } from './inbox/inbox.service';
import { PreferenceService } from './preferences/preference.service';
import { WebhookService, type WebhookTools } from './webhooks/webhook.service';

let tools: WebhookTools | null = null;

/** The webhook tools (address guard, secret box), set by main.ts once config is read. */
export function setWebhookTools(value: WebhookTools | null): void {
  tools = value;
}

/** Per request: the services, bound to the request's transaction and caller. */
export function extendContext(base: BaseContext) {
  return {
    services: {
      inbox: new InboxService(base.db, base.caller),
      preferences: new PreferenceService(base.db, base.caller),
      get webhooks(): WebhookService {
        if (!tools) throw new Error('The notifier is not configured in this process');
        return new WebhookService(base.db, base.caller, tools);
      },
    },
  };
}

export type NotificationsContext = BaseContext & ReturnType<typeof extendContext>;
