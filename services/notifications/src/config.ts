import { loadConfigOrExit, z } from '@qinshang/config';

const csv = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** The notifier's own variables (beside every subgraph's), validated at start; `.env.example` documents them. */
export const notifierShape = {
  /**
   * 32 bytes (base64 or base64url) that encrypt webhook secrets at rest (AES-256-GCM): a reader of
   * the database alone cannot sign a delivery. The launcher provides one for `npm start` and tests.
   */
  NOTIFICATIONS_SECRET_KEY: z
    .string({ required_error: 'required: 32 bytes, base64 (e.g. `openssl rand -base64 32`)' })
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64 or base64url'),
  /** The console's origin (the gateway's): links in e-mails and robot messages point into it. */
  CONSOLE_URL: z.string().url().default('http://localhost:4000'),
  /** smtp://user:pass@host:port (or smtps://). Unset: the e-mail channel is off (nothing queued for it). */
  SMTP_URL: z.string().url().refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL').optional(),
  SMTP_FROM: z.string().default('亲商助企平台 <noreply@qinshang.local>'),
  /**
   * Networks (CIDR) a webhook may point into although they are private, loopback or link-local.
   * Empty by default (production); the launcher permits loopback for `npm start` and the tests.
   */
  WEBHOOK_ALLOWED_NETWORKS: csv.superRefine((items, ctx) => {
    for (const item of items) if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(item)) ctx.addIssue({ code: 'custom', message: `${item} is not a CIDR range` });
  }),
  /** A delivery is retried with exponential backoff and full jitter, from BASE up to MAX between attempts, for RETRY_FOR. */
  DELIVERY_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
  DELIVERY_RETRY_MAX_MS: z.coerce.number().int().min(10).default(3_600_000),
  DELIVERY_RETRY_FOR_MS: z.coerce.number().int().min(1000).default(24 * 3_600_000),
  /** One attempt's time limit (connect and answer). */
  DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Endpoints (webhooks, mailboxes) one process works at once; each endpoint gets its deliveries in order. */
  DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(16),
  /** How long a process owns an endpoint's queue without renewing it (a killed process's work is taken over after this). */
  DELIVERY_LEASE_MS: z.coerce.number().int().min(500).default(60_000),
  DELIVERY_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /**
   * How often the notifier looks for problems whose confirmation is overdue (after the campaign
   * rules' `confirmationReminderDays` working days).
   */
  REMINDER_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
};

export function loadNotifierConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfigOrExit('notifications', notifierShape, env);
}

export type NotifierConfig = ReturnType<typeof loadNotifierConfig>;
