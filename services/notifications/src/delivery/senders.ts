import http from 'node:http';
import https from 'node:https';
import nodemailer, { type Transporter } from 'nodemailer';
import type { UrlGuard } from '../webhooks/url-guard';
import { signature } from '../webhooks/secret-box';

/** One attempt's outcome: delivered, or why not (the HTTP status when there was one). */
export type Attempt = { ok: true; status?: number } | { ok: false; status?: number; error: string; permanent?: boolean };

export interface WebhookRequest {
  url: string;
  secret: string;
  deliveryId: string;
  eventType: string;
  body: string;
}

/**
 * A signed POST to a webhook. Connects only to addresses the guard permits (checked on the
 * literal and on what the name resolves to), follows no redirect, gives up after `timeoutMs`.
 */
export function postWebhook(request: WebhookRequest, guard: UrlGuard, timeoutMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return resolve({ ok: false, error: 'invalid URL', permanent: true });
    }
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const refused = /^[0-9.]+$|:/.test(literal) ? guard.refusal(literal) : null;
    if (refused) return resolve({ ok: false, error: `${literal} is a ${refused} address`, permanent: true });
    const body = Buffer.from(request.body, 'utf8');
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'POST',
        lookup: guard.lookup,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(body.length),
          'user-agent': 'Qinshang-Webhooks/1',
          'x-qinshang-event': request.eventType,
          'x-qinshang-delivery': request.deliveryId,
          'x-qinshang-signature': signature(request.secret, request.body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
        });
        res.on('error', (error) => resolve({ ok: false, status: res.statusCode, error: error.message }));
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ ok: false, error: error.message }));
    req.on('close', () => clearTimeout(timer));
    req.end(body);
  });
}

export interface Email {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** E-mail over SMTP (nodemailer); the delivery id goes in the Message-ID and a header, for de-duplication. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(smtpUrl: string, timeoutMs: number) {
    const url = new URL(smtpUrl);
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(email: Email, deliveryId: string): Promise<Attempt> {
    try {
      await this.transport.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<${deliveryId}@qinshang.local>`,
        headers: { 'X-Qinshang-Delivery': deliveryId },
      });
      return { ok: true };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx is the server refusing this message for good (no such mailbox); anything else may pass later.
      return { ok: false, status: code, error: (error as Error).message, permanent: code !== undefined && code >= 500 && code < 600 };
    }
  }

  close(): void {
    this.transport.close();
  }
}
