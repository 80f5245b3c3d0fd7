import { buildFederatedSchema } from '@qinshang/subgraph';
import { InboxResolver } from './inbox/inbox.resolver';
import { Issue } from './inbox/inbox.types';
import { PreferenceResolver } from './preferences/preference.resolver';
import { WebhookResolver } from './webhooks/webhook.resolver';

export const SCHEMA_NAME = 'notifications';

export function buildNotificationsSchema() {
  return buildFederatedSchema({
    resolvers: [InboxResolver, WebhookResolver, PreferenceResolver],
    orphanedTypes: [Issue],
    // The inbox subscription brings its own `subscribe` (the inbox hub); type-graphql asks for a
    // pubSub all the same, so it gets one that refuses to be used.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('No topic-based subscriptions in this subgraph');
      },
    },
  });
}
