import type { KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml, langOf, TEXT, type Lang } from './i18n';
import { layout } from './layout';

const alert = (message?: string) => (message ? `<p class="alert" role="alert">${escapeHtml(message)}</p>` : '');

export function renderLogin(lang: Lang, uid: string, state: { username?: string; error?: string } = {}): string {
  const t = TEXT[lang];
  const base = `/interaction/${encodeURIComponent(uid)}`;
  return layout(
    lang,
    t.signInTitle,
    `${alert(state.error)}
<form method="post" action="${base}/login?lang=${lang}" autocomplete="on" novalidate>
  <label for="username">${t.username}</label>
  <input id="username" name="username" type="text" autocomplete="username" required autofocus value="${escapeHtml(state.username ?? '')}">
  <label for="password">${t.password}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">${t.signIn}</button>
</form>
<div class="links"><a href="${base}/reset?lang=${lang}">${t.resetLink}</a></div>`,
    `${base}?lang=${lang === 'zh' ? 'en' : 'zh'}`,
  );
}

export function renderReset(lang: Lang, uid: string, state: { username?: string; error?: string } = {}): string {
  const t = TEXT[lang];
  const base = `/interaction/${encodeURIComponent(uid)}`;
  return layout(
    lang,
    t.resetTitle,
    `${alert(state.error)}
<form method="post" action="${base}/reset?lang=${lang}" novalidate>
  <label for="username">${t.username}</label>
  <input id="username" name="username" type="text" autocomplete="username" required value="${escapeHtml(state.username ?? '')}">
  <label for="code">${t.code}</label>
  <input id="code" name="code" type="text" autocomplete="one-time-code" required>
  <label for="new-password">${t.newPassword}</label>
  <input id="new-password" name="password" type="password" autocomplete="new-password" required aria-describedby="policy">
  <p class="hint" id="policy">${t.policyHint}</p>
  <label for="confirm-password">${t.confirmPassword}</label>
  <input id="confirm-password" name="confirm" type="password" autocomplete="new-password" required>
  <button type="submit">${t.setPassword}</button>
</form>
<div class="links"><a href="${base}?lang=${lang}">${t.back}</a></div>`,
    `${base}/reset?lang=${lang === 'zh' ? 'en' : 'zh'}`,
  );
}

function ctxLang(ctx: KoaContextWithOIDC): Lang {
  return langOf(ctx.query?.lang as string | undefined, ctx.get('cookie'), ctx.oidc?.params?.ui_locales);
}

export function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }): string {
  const lang = ctxLang(ctx);
  const t = TEXT[lang];
  return layout(lang, t.errorTitle, `<p class="alert" role="alert">${escapeHtml(t.errorBody)}</p><p class="hint"><code>${escapeHtml(out.error)}</code> ${escapeHtml(out.error_description ?? '')}</p>`);
}

export function renderLogout(ctx: KoaContextWithOIDC, form: string): string {
  const lang = ctxLang(ctx);
  const t = TEXT[lang];
  // `form` is the provider's own hidden form (with its xsrf token); our button submits it.
  return layout(
    lang,
    t.logoutTitle,
    `${form}<p>${escapeHtml(t.logoutBody)}</p><button type="submit" form="op.logoutForm" name="logout" value="yes">${t.logout}</button>`,
  );
}

export function renderLoggedOut(ctx: KoaContextWithOIDC): string {
  const lang = ctxLang(ctx);
  return layout(lang, TEXT[lang].logoutTitle, `<p>${escapeHtml(TEXT[lang].loggedOut)}</p>`);
}
