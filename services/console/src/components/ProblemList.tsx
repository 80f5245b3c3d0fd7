import { Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import type { IssueStatus, ProblemListRowFragment } from '../gql/graphql';
import { useLocale, type MessageKey } from '../locales';
import { formatDate } from './format';

/**
 * What a list row reads of a problem: the pages that list problems spread it in their queries.
 * Keep it lean: the enterprise home reads 100 of them, near the gateway's cost limit (a spread costs
 * more than the same fields inline; gateway/src/console-documents.spec.ts measures every document).
 */
graphql(`
  fragment ProblemListRow on Issue {
    id
    ledgerNo
    title
    status
    category
    overdue
    dueAt
    department {
      id
      name
    }
    closure {
      satisfaction
    }
    milestones {
      id
      doneAt
    }
  }
`);

const COLORS: Partial<Record<IssueStatus, string>> = { RESOLVED: 'gold', CLOSED: 'green', UNSOLVABLE: 'default', ESCALATED: 'orange', RETURNED: 'volcano', REOPENED: 'magenta' };

/** Problems as a phone reads them: number, title, where it stands, who has it and by when. */
export function ProblemList({ issues }: { issues: readonly ProblemListRowFragment[] }) {
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
