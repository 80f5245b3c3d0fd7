import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { feedCursor } from '../delivery/formats';
import type { DeliveryRow, WebhookRow } from './webhook.service';
import { DeliveryStatus, RegisteredWebhook, RegisterWebhookInput, Webhook, WebhookDelivery } from './webhook.types';

const toWebhook = (row: WebhookRow): Webhook => ({ id: row.id, url: row.url, events: row.events, format: row.format, districtId: row.district_id, createdAt: row.created_at });

export const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  eventType: row.event_type,
  cursor: feedCursor(row.event_position),
  ledgerNo: row.ledger_no,
  status: row.status as DeliveryStatus,
  attempts: row.attempts,
  lastStatus: row.last_status,
  lastError: row.last_error,
  nextAttemptAt: row.status === 'PENDING' ? row.next_attempt_at : null,
  deliveredAt: row.delivered_at,
  createdAt: row.created_at,
});

/** Webhooks an office registers for the systems it already runs (its own, or the city's robots). */
@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], { description: "Your office's webhooks (city office: its own, which receive every tenant's events)" })
  async webhooks(@Ctx() ctx: NotificationsContext): Promise<Webhook[]> {
    return (await ctx.services.webhooks.list()).map(toWebhook);
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'Its deliveries, newest first; FAILED ones can be sent again with redeliverWebhook' })
  async deliveries(
    @Root() webhook: Webhook,
    @Ctx() ctx: NotificationsContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('status', () => DeliveryStatus, { nullable: true }) status?: DeliveryStatus,
  ): Promise<WebhookDelivery[]> {
    const size = Math.min(Math.max(first, 1), 200);
    return ((await ctx.services.webhooks.deliveries([webhook.id], size, status ?? null)).get(webhook.id) ?? []).map(toDelivery);
  }

  @Mutation(() => RegisteredWebhook, { description: 'Register a webhook; the secret that signs its deliveries is in the answer, and only there' })
  async registerWebhook(@Arg('input') input: RegisterWebhookInput, @Ctx() ctx: NotificationsContext): Promise<RegisteredWebhook> {
    const { row, secret } = await ctx.services.webhooks.register(input);
    return { id: row.id, secret, webhook: toWebhook(row) };
  }

  @Mutation(() => Boolean, { description: 'Stop a webhook: nothing more is sent to it' })
  async deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: NotificationsContext): Promise<boolean> {
    return ctx.services.webhooks.remove(id);
  }

  @Mutation(() => WebhookDelivery, { description: 'Send a delivery again (typically a FAILED one): the same key, a fresh 24-hour retry window' })
  async redeliverWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: NotificationsContext): Promise<WebhookDelivery> {
    return toDelivery(await ctx.services.webhooks.redeliver(deliveryId));
  }
}
