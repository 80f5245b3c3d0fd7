import type { Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import { BadUserInputError, ForbiddenError } from '@qinshang/errors';
import { appendEvents, rowsOf } from '@qinshang/eventlog';
import { notificationPermissions } from '../access/permissions';
import { myAccount } from '../accounts/me';
import { NOTIFICATION_KINDS, type NotificationKind } from '../routing/kinds';
import { NotificationChannel, type NotificationPreference } from './preference.types';

/** Per account, which kinds arrive by e-mail (on unless turned off); the inbox always receives. */
export class PreferenceService {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
  ) {}

  async list(): Promise<NotificationPreference[]> {
    const account = await myAccount(this.db, this.caller);
    if (!account) return [];
    const rows = await rowsOf<{ kind: string; enabled: boolean }>(this.db, "SELECT kind, enabled FROM notifications.preference WHERE account_id = $1 AND channel = 'EMAIL'", [
      account.account_id,
    ]);
    const email = new Map(rows.map((row) => [row.kind, row.enabled]));
    return NOTIFICATION_KINDS.flatMap((kind) => [
      { kind, channel: NotificationChannel.INBOX, enabled: true, changeable: false },
      { kind, channel: NotificationChannel.EMAIL, enabled: email.get(kind) ?? true, changeable: true },
    ]);
  }

  async set(input: { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }): Promise<NotificationPreference> {
    notificationPermissions.assertCan(this.caller, 'SET_PREFERENCES');
    if (input.channel === NotificationChannel.INBOX) {
      if (!input.enabled) throw new BadUserInputError('input.channel', 'The inbox always receives every kind: only e-mail can be turned off');
      return { kind: input.kind, channel: input.channel, enabled: true, changeable: false };
    }
    const account = await myAccount(this.db, this.caller);
    if (!account) throw new ForbiddenError('Preferences belong to an account of the identity provider; this token names none');
    await this.db.query(
      `INSERT INTO notifications.preference (account_id, kind, channel, enabled) VALUES ($1, $2, 'EMAIL', $3)
       ON CONFLICT (account_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
      [account.account_id, input.kind, input.enabled],
    );
    await appendEvents(this.db, 'notifications', [
      {
        type: 'notification.preference_changed',
        streamType: 'account',
        streamId: account.account_id,
        districtId: account.district_id,
        payload: { accountId: account.account_id, districtId: account.district_id, kind: input.kind, channel: 'EMAIL', enabled: input.enabled },
      },
    ]);
    return { kind: input.kind, channel: input.channel, enabled: input.enabled, changeable: true };
  }
}
