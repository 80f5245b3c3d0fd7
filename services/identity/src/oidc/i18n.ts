export type Lang = 'zh' | 'en';

export const TEXT = {
  zh: {
    platform: '亲商 · 千人亲商助企',
    subtitle: '西安市千人亲商助企活动工作平台',
    signInTitle: '账号登录',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    invalid: '用户名或密码错误。',
    noPassword: '该账号尚未设置密码，请使用办公室提供的一次性验证码设置密码。',
    locked: (until: string) => `登录失败次数过多，账号已暂时锁定，请于 ${until} 后再试。`,
    disabled: '该账号已停用，请联系所在单位的亲商助企办公室。',
    missing: '请输入用户名和密码。',
    resetLink: '使用一次性验证码设置密码',
    resetTitle: '设置密码',
    code: '一次性验证码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    setPassword: '设置密码并登录',
    codeInvalid: '验证码无效或已过期。',
    mismatch: '两次输入的密码不一致。',
    policyHint: '至少 10 个字符，包含小写字母、大写字母、数字、其他字符中的三类，且不含用户名。',
    back: '返回登录',
    other: 'English',
    footer: '西安市千人亲商助企活动领导小组办公室',
    errorTitle: '出错了',
    errorBody: '请求无法完成，请返回控制台重新登录。',
    logoutTitle: '退出登录',
    logoutBody: '确定要退出亲商平台吗？',
    logout: '退出',
    loggedOut: '您已退出登录。',
  },
  en: {
    platform: 'Qinshang · Thousand Officials Pro-Business',
    subtitle: "Xi'an pro-business assistance campaign platform",
    signInTitle: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    invalid: 'Wrong username or password.',
    noPassword: 'This account has no password yet: set one with the one-time code your office gave you.',
    locked: (until: string) => `Too many failed attempts: the account is locked until ${until}.`,
    disabled: 'This account is disabled. Contact your pro-business office.',
    missing: 'Enter your username and password.',
    resetLink: 'Set a password with a one-time code',
    resetTitle: 'Set your password',
    code: 'One-time code',
    newPassword: 'New password',
    confirmPassword: 'Confirm the new password',
    setPassword: 'Set password and sign in',
    codeInvalid: 'The code is not valid or has expired.',
    mismatch: 'The two passwords differ.',
    policyHint: 'At least 10 characters, three of: lower-case, upper-case, digits, other characters; not the username.',
    back: 'Back to sign-in',
    other: '中文',
    footer: "Xi'an leading group office of the pro-business campaign",
    errorTitle: 'Something went wrong',
    errorBody: 'The request could not be completed. Go back to the console and sign in again.',
    logoutTitle: 'Sign out',
    logoutBody: 'Sign out of Qinshang?',
    logout: 'Sign out',
    loggedOut: 'You are signed out.',
  },
} as const;

/**
 * Chinese first: English only when asked for (the page's link, a remembered choice, or the
 * client's `ui_locales=en`), never from the browser's language alone.
 */
export function langOf(query: string | null | undefined, cookie: string | undefined, uiLocales?: unknown): Lang {
  if (query === 'en' || query === 'zh') return query;
  const fromCookie = /(?:^|;\s*)qs_lang=(en|zh)/.exec(cookie ?? '')?.[1] as Lang | undefined;
  if (fromCookie) return fromCookie;
  const first = typeof uiLocales === 'string' ? uiLocales.split(' ')[0].toLowerCase() : '';
  return first.startsWith('en') ? 'en' : 'zh';
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
