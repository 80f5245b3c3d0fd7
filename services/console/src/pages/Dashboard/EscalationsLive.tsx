import { useEffect, useState } from 'react';
import { Badge, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../components/format';
import { graphql } from '../../gql';
import type { WaitingEscalationFragment } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';
import { DecideEscalationModal } from './DecideEscalationModal';
import { useEscalationFeed, type FeedState } from './useEscalationFeed';

export const WaitingEscalationFragmentDoc = graphql(`
  fragment WaitingEscalation on Escalation {
    id
    level
    reason
    raisedAt
    status
    districtId
    issue {
      id
      ledgerNo
      title
      category
      enterprise {
        id
        name
        district {
          id
          name
        }
      }
    }
  }
`);

const badge: Record<FeedState, 'success' | 'processing' | 'warning' | 'error'> = { live: 'success', connecting: 'processing', reconnecting: 'warning', stopped: 'error' };

/**
 * The escalations waiting for a leading group (the city's by default), newest first, kept up to
 * date by the live feed: only those at `level` are listed.
 */
export function EscalationsLive({ initial, total, onResync, level = 'CITY', title }: { initial: WaitingEscalationFragment[]; total: number; onResync: () => void; level?: 'CITY' | 'DISTRICT'; title?: string }) {
  const { t, locale } = useLocale();
  const [live, setLive] = useState<WaitingEscalationFragment[]>([]);
  const [decided, setDecided] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<WaitingEscalationFragment | null>(null);
  const state = useEscalationFeed(
    (escalation) => escalation.level === level && setLive((list) => (list.some((e) => e.id === escalation.id) ? list : [escalation, ...list])),
    onResync,
    level,
  );
  // What the query returned is authoritative; live arrivals it does not (yet) hold are added.
  useEffect(() => setLive((list) => list.filter((e) => !initial.some((i) => i.id === e.id))), [initial]);
  const items = [...live, ...initial].filter((e) => !decided.has(e.id) && e.status === 'OPEN');
  const count = total - initial.filter((e) => decided.has(e.id)).length + live.filter((e) => !decided.has(e.id)).length;

  return (
    <Card
      size="small"
      title={
        <Space>
          {title ?? t('dashboard.escalations')}
          <Tag>{t('common.total', { count })}</Tag>
        </Space>
      }
      extra={
        <span role="status" aria-live="polite" aria-label={t('dashboard.feedState')}>
          <Badge status={badge[state]} text={t(`dashboard.feed.${state}` as MessageKey)} />
        </span>
      }
    >
      {items.length === 0 ? (
        <Empty description={t('dashboard.noEscalations')} />
      ) : (
        <List
          aria-label={title ?? t('dashboard.escalations')}
          dataSource={items}
          style={{ maxHeight: 560, overflow: 'auto' }}
          renderItem={(e) => (
            <List.Item
              key={e.id}
              aria-label={e.issue.ledgerNo}
              actions={[<Button key="decide" size="small" type="primary" onClick={() => setDeciding(e)}>{t('dashboard.decide')}</Button>]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <Link to={`/issues/${e.issue.id}`}>{e.issue.ledgerNo}</Link>
                    <Tag>{t(`category.${e.issue.category}` as MessageKey)}</Tag>
                  </Space>
                }
                description={
                  <div>
                    <div>{e.issue.enterprise.name} · {e.issue.enterprise.district.name}</div>
                    <Typography.Text type="secondary">{e.issue.title}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{formatDateTime(e.raisedAt, locale)} · {e.reason}</Typography.Text>
                    </div>
                  </div>
                }
              />
            </List.Item>
          )}
        />
      )}
      {deciding && (
        <DecideEscalationModal
          escalation={deciding}
          level={level}
          onClose={() => setDeciding(null)}
          onDecided={(id) => {
            setDecided((set) => new Set(set).add(id));
            setDeciding(null);
            onResync();
          }}
        />
      )}
    </Card>
  );
}
