import { formatDateTime } from '../../components/format';
import { useLocale } from '../../locales';

/** One clock: its due time and the working days left (or overdue). Nothing when it is not running. */
export function Clock({ label, due, late, days }: { label: string; due: string | null | undefined; late: boolean; days: number | null | undefined }) {
  const { t, locale } = useLocale();
  if (!due) return null;
  const left = days === null || days === undefined ? '' : days < 0 ? t('dept.daysOverdue', { days: -days }) : t('dept.daysLeft', { days });
  return (
    <span className={late ? 'overdue' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {label}：{formatDateTime(due, locale)}{left ? ` · ${left}` : ''}{late && days !== null && days !== undefined && days >= 0 ? ` · ${t('issue.overdue')}` : ''}
    </span>
  );
}
