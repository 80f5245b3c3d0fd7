import dayjs from 'dayjs';
import type { Locale } from '../locales';

/** `2016-07` → 2016年7月 (or July 2016). */
export function formatPeriod(period: string, locale: Locale): string {
  const [year, month] = period.split('-').map(Number);
  if (locale === 'zh-CN') return `${year}年${month}月`;
  return dayjs(`${period}-01`).locale('en').format('MMMM YYYY');
}

/** 0.8734 → 87.3% ; null → — */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

/** 2016年7月5日 14:03 (or 5 Jul 2016 14:03), in the campaign's time zone as the browser shows it. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return locale === 'zh-CN' ? d.format('YYYY年M月D日 HH:mm') : d.locale('en').format('D MMM YYYY HH:mm');
}

export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const d = dayjs(value);
  return locale === 'zh-CN' ? d.format('YYYY年M月D日') : d.locale('en').format('D MMM YYYY');
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** The current month, `YYYY-MM`, and the 12 months ending with a given one. */
export function currentPeriod(): string {
  return dayjs().format('YYYY-MM');
}

export function lastTwelve(period: string): string[] {
  const end = dayjs(`${period}-01`);
  return Array.from({ length: 12 }, (_, i) => end.subtract(11 - i, 'month').format('YYYY-MM'));
}
