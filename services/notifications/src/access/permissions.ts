import { permissions, Role, ROLES } from '@qinshang/auth';

/*
 * Who may do what in the notifications subgraph: one table, checked by the services (`assertCan`)
 * before anything is read or written. An inbox and its preferences belong to the token's account
 * (row-level security compares the row's account with the token's subject underneath).
 */
const OFFICES = [Role.CITY_ADMIN, Role.DISTRICT_ADMIN] as const;

export const notificationPermissions = permissions({
  READ_INBOX: { roles: ROLES, refused: 'Your role has no inbox' },
  SET_PREFERENCES: { roles: ROLES, refused: 'Your role has no notification preferences' },
  MANAGE_WEBHOOKS: {
    roles: OFFICES,
    refused: 'Only the city office or a district office manages webhooks',
    // A district office's webhooks are its own tenant's; the city office's are the city's (null).
    rule: (caller, webhook: { districtId: string | null }) =>
      caller.role === Role.CITY_ADMIN ? (webhook.districtId === null ? null : "The city office manages its own webhooks, not a tenant's") : webhook.districtId === caller.districtId ? null : "Another tenant's webhook",
  },
});
