import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { Pool } from 'pg';
import { setPasswordWithCode, signIn, type SignInPolicy } from '../accounts/sign-in';
import { langOf, TEXT, type Lang } from './i18n';
import { renderLogin, renderReset } from './pages';

const MAX_BODY = 16 * 1024;

/** The client's address for lock-out: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string, lang: Lang) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'set-cookie': `qs_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`,
  });
  res.end(html);
}

function lockedUntil(lang: Lang, until: Date): string {
  return until.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', month: 'numeric', day: 'numeric' });
}

/**
 * The sign-in screens (`/interaction/:uid`, `…/login`, `…/reset`). Returns false when the request
 * is not one of them (the provider answers it).
 */
export async function handleInteraction(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { provider: () => Provider; pool: Pool; policy: SignInPolicy; trustProxy: boolean; onSignedIn?: (accountId: string) => void },
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://identity.local');
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|reset))?\/?$/.exec(url.pathname);
  if (!match) return false;
  const [, uid, action] = match;
  const provider = deps.provider();

  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    // An expired or foreign interaction: the provider's error page says so in the platform's look.
    return false;
  }
  if (details.uid !== uid) return false;
  const lang = langOf(url.searchParams.get('lang'), req.headers.cookie, details.params.ui_locales);
  const t = TEXT[lang];

  if (req.method === 'GET') {
    if (details.prompt.name !== 'login') {
      // Consent is implied for the first-party console: finish it at once.
      await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
      return true;
    }
    sendHtml(res, 200, action === 'reset' ? renderReset(lang, uid) : renderLogin(lang, uid), lang);
    return true;
  }
  if (req.method !== 'POST' || !action) {
    res.writeHead(405).end();
    return true;
  }

  const form = await formBody(req);
  const username = (form.get('username') ?? '').trim();
  const password = form.get('password') ?? '';
  const address = clientAddress(req, deps.trustProxy);

  if (action === 'login') {
    if (!username || !password) {
      sendHtml(res, 400, renderLogin(lang, uid, { username, error: t.missing }), lang);
      return true;
    }
    const result = await signIn(deps.pool, deps.policy, { username, password, address });
    if (!result.ok) {
      const error =
        result.reason === 'LOCKED' ? t.locked(lockedUntil(lang, result.until)) : result.reason === 'DISABLED' ? t.disabled : result.reason === 'NO_PASSWORD' ? t.noPassword : t.invalid;
      sendHtml(res, result.reason === 'LOCKED' ? 429 : 401, renderLogin(lang, uid, { username, error }), lang);
      return true;
    }
    deps.onSignedIn?.(result.account.id);
    await provider.interactionFinished(req, res, { login: { accountId: result.account.id, amr: ['pwd'] } }, { mergeWithLastSubmission: false });
    return true;
  }

  if (password !== (form.get('confirm') ?? '')) {
    sendHtml(res, 400, renderReset(lang, uid, { username, error: t.mismatch }), lang);
    return true;
  }
  const result = await setPasswordWithCode(deps.pool, deps.policy, { username, code: form.get('code') ?? '', password, address });
  if (!result.ok) {
    const error = result.reason === 'POLICY' ? (lang === 'zh' ? t.policyHint : result.message ?? t.policyHint) : result.reason === 'LOCKED' ? t.locked('') : t.codeInvalid;
    sendHtml(res, 400, renderReset(lang, uid, { username, error }), lang);
    return true;
  }
  await provider.interactionFinished(req, res, { login: { accountId: result.account.id, amr: ['pwd'] } }, { mergeWithLastSubmission: false });
  return true;
}
