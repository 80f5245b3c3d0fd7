import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { NotificationPreference, NotificationPreferenceInput } from './preference.types';

@Resolver()
export class PreferenceResolver {
  @Query(() => [NotificationPreference], { description: 'For each kind of notification, by which channels it reaches you' })
  async notificationPreferences(@Ctx() ctx: NotificationsContext): Promise<NotificationPreference[]> {
    return ctx.services.preferences.list();
  }

  @Mutation(() => NotificationPreference, { description: 'Turn e-mail on or off for one kind (the inbox cannot be turned off)' })
  async setNotificationPreference(@Arg('input') input: NotificationPreferenceInput, @Ctx() ctx: NotificationsContext): Promise<NotificationPreference> {
    return ctx.services.preferences.set(input);
  }
}
