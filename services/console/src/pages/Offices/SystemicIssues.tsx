import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';
import { CreateSystemicModal, EscalateSystemicModal } from './SystemicModals';

export const SystemicIssuesQuery = graphql(`
  query SystemicIssues {
    systemicIssues {
      id
      title
      description
      status
      createdAt
      issues {
        id
        ledgerNo
        title
        status
        enterprise {
          id
          name
        }
      }
    }
  }
`);

/** 共性和系统性问题: problems of several enterprises linked, and escalated as one. */
export function SystemicIssues() {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(SystemicIssuesQuery);
  const [creating, setCreating] = useState(false);
  const [escalating, setEscalating] = useState<{ id: string; title: string } | null>(null);
  const list = data?.systemicIssues ?? [];

  return (
    <Card
      size="small"
      title={t('offices.systemic')}
      extra={
        <Button type="primary" size="small" onClick={() => setCreating(true)}>
          {t('offices.systemic.create')}
        </Button>
      }
    >
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {!loading && list.length === 0 ? (
        <Empty description={t('offices.systemic.none')} />
      ) : (
        <List
          aria-label={t('offices.systemic')}
          loading={loading && !data}
          dataSource={list}
          renderItem={(s) => (
            <List.Item
              key={s.id}
              aria-label={s.title}
              actions={
                s.status === 'OPEN'
                  ? [
                      <Button key="escalate" size="small" onClick={() => setEscalating({ id: s.id, title: s.title })}>
                        {t('offices.systemic.escalate')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    {s.title}
                    <Tag color={s.status === 'OPEN' ? 'blue' : 'orange'}>{t(`offices.systemic.status.${s.status}` as MessageKey)}</Tag>
                  </Space>
                }
                description={
                  <div>
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>{s.description}</Typography.Paragraph>
                    <Typography.Text type="secondary">{formatDateTime(s.createdAt, locale)} · {t('offices.systemic.members', { count: s.issues.length })}</Typography.Text>
                    <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                      {s.issues.map((i) => (
                        <li key={i.id}>
                          <Link to={`/issues/${i.id}`}>{i.ledgerNo}</Link> {i.enterprise.name} · {i.title} <Tag>{t(`status.${i.status}` as MessageKey)}</Tag>
                        </li>
                      ))}
                    </ul>
                  </div>
                }
              />
            </List.Item>
          )}
        />
      )}
      {creating && <CreateSystemicModal onClose={() => setCreating(false)} onDone={() => { setCreating(false); void refetch(); }} />}
      {escalating && <EscalateSystemicModal systemic={escalating} onClose={() => setEscalating(null)} onDone={() => { setEscalating(null); void refetch(); }} />}
    </Card>
  );
}
