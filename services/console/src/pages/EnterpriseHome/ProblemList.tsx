import { Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/format';
import type { IssueCategory, IssueStatus, Satisfaction } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';


/** What a list row reads of a problem (each page's query selects these fields). */
export interface ProblemRow {
  id: string;
  ledgerNo: string;
  title: string;
  status: IssueStatus;
  category: IssueCategory;
  overdue: boolean;
  dueAt?: string | null;
  department?: { name: string } | null;
  enterprise: { name: string };
  closure?: { satisfaction: Satisfaction } | null;
  milestones: Array<{ doneAt?: string | null }>;
}

const COLORS: Partial<Record<IssueStatus, string>> = { RESOLVED: 'gold', CLOSED: 'green', UNSOLVABLE: 'default', ESCALATED: 'orange', RETURNED: 'volcano', REOPENED: 'magenta' };

/** Problems as a phone reads them: number, title, where it stands, who has it and by when. */
export function ProblemList({ issues, showEnterprise = false }: { issues: ProblemRow[]; showEnterprise?: boolean }) {
  const { t, locale } = useLocale();
  if (issues.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('field.noProblems')} />;
  return (
    <List
      size="small"
      aria-label={t('field.problems')}
      dataSource={issues}
      renderItem={(i) => {
        const done = i.milestones.filter((m) => m.doneAt).length;
        return (
          <List.Item key={i.id} style={{ paddingInline: 0 }}>
            <div style={{ width: '100%' }}>
              <Space wrap size={4}>
                <Link to={`/issues/${i.id}`}>{i.ledgerNo}</Link>
                <Tag color={COLORS[i.status] ?? 'processing'}>{t(`status.${i.status}` as MessageKey)}</Tag>
                {i.overdue && <Tag color="red">{t('issue.overdue')}</Tag>}
              </Space>
              <div><strong>{i.title}</strong></div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[
                  showEnterprise ? i.enterprise.name : null,
                  t(`category.${i.category}` as MessageKey),
                  i.department?.name,
                  i.milestones.length ? t('field.milestonesDone', { done, total: i.milestones.length }) : null,
                  i.closure ? t(`satisfaction.${i.closure.satisfaction}` as MessageKey) : i.dueAt && i.status !== 'CLOSED' ? t('field.dueOn', { date: formatDate(i.dueAt, locale) }) : null,
                ].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
