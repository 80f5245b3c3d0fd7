// ---- identity service ------------------------------------------------------------------------

/**
 * An account of the embedded identity provider (services/identity). One shape for every account
 * event; the notifier projects recipients (role, scope, e-mail, status) from these. Never carries
 * a password, its hash or a one-time code.
 */
export interface AccountRecorded {
  accountId: string;
  username: string;
  displayName: string;
  /** One of the contract's roles (CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR). */
  role: string;
  /** The tenant the account belongs to; null for the city office, inspectors and city bureaus. */
  districtId: string | null;
  /** The record the account acts for, where its role has one. */
  officialId: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
  /**
   * A DEPARTMENT account that is one person of the department, who may be named responsible
   * (责任人) in an assignment; absent for the department's own account and every other role.
   */
  staff?: boolean;
  /** Where notifications by e-mail go; null when none is known. */
  email: string | null;
  status: 'ACTIVE' | 'DISABLED' | 'LOCKED';
  /** Who made the change (an account's username, or `system` for the seed). */
  actor: string;
  /** Which fields changed (for `account.updated`); absent elsewhere. */
  changed?: string[];
}

// ---- notifications service -------------------------------------------------------------------

/** A city or district office registers a webhook (the secret is never in the log). */
export interface WebhookRegistered {
  webhookId: string;
  /** The tenant whose events it receives; null for the city office's (every tenant). */
  districtId: string | null;
  /** Scheme, host and path only (no query string: it may carry a robot's access token). */
  endpoint: string;
  events: string[];
  format: 'JSON' | 'DINGTALK' | 'WECOM';
}

export interface WebhookDeleted {
  webhookId: string;
  districtId: string | null;
}

/** An office asks for a failed delivery to be sent again (same delivery id, fresh 24 h). */
export interface WebhookRedelivered {
  webhookId: string;
  districtId: string | null;
  deliveryId: string;
}

/** Retried for the whole retry window without success: kept as failed, visible to the office. */
export interface WebhookDeliveryFailed {
  webhookId: string;
  districtId: string | null;
  deliveryId: string;
  /** The position of the event the delivery carried. */
  eventPosition: string;
  attempts: number;
  lastError: string;
}

/** An account marked notifications of its inbox read. */
export interface NotificationsRead {
  accountId: string;
  districtId: string | null;
  notificationIds: string[];
}

/** An account's choice of channel for a kind of notification (the inbox always receives). */
export interface NotificationPreferenceChanged {
  accountId: string;
  districtId: string | null;
  kind: string;
  channel: 'EMAIL';
  enabled: boolean;
}
