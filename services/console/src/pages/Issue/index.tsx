import { useQuery } from '@apollo/client';
import { Card, Col, Descriptions, Empty, List, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { NotFound } from '../../components/StatusPages';
import { useScrollToHash } from '../../components/useScrollToHash';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';
import { IssueActions } from './IssueActions';

export const IssuePageQuery = graphql(`
  query IssuePage($id: ID!) {
    issue(id: $id) {
      id
      ledgerNo
      title
      description
      category
      urgency
      status
      level
      version
      allowedActions
      myActions
      districtId
      enterprise {
        id
        name
        district {
          id
          name
        }
      }
      department {
        id
        name
      }
      responsiblePerson
      raisedAt
      responseDueAt
      respondedAt
      responseOverdue
      dueAt
      overdue
      stageDueAt
      stageOverdue
      workingDaysLeft {
        response
        resolution
        stage
      }
      resolution
      resolvedAt
      closure {
        satisfaction
        comment
        confirmedAt
      }
      history {
        position
        type
        at
        actor
        actorName
        actorRole
        fromStatus
        toStatus
        version
        note
        automatic
      }
      milestones {
        id
        title
        dueOn
        doneAt
        overdue
      }
      extensionRequests {
        id
        requestedDueAt
        reason
        status
      }
      escalations {
        id
        level
        status
        reason
        raisedAt
      }
    }
  }
`);

/** A problem's page: its clocks, milestones, timeline, and exactly the actions it allows now. */
export default function Issue() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IssuePageQuery, { variables: { id } });
  // A link to one of its events (an inspection's finding cites one) lands on it in the timeline.
  const target = useScrollToHash(Boolean(data?.issue));
  if (loading && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const issue = data?.issue;
  if (!issue) return <NotFound />;

  const clock = (label: string, due: string | null | undefined, late: boolean, done: string | null | undefined, days: number | null | undefined) => ({
    key: label,
    label,
    children: (
      <span className={late ? 'overdue' : undefined}>
        {formatDateTime(due, locale)}
        {done ? ` · ${t('issue.doneAt', { at: formatDateTime(done, locale) })}` : ''}
        {!done && days !== null && days !== undefined ? ` · ${days < 0 ? t('dept.daysOverdue', { days: -days }) : t('dept.daysLeft', { days })}` : ''}
        {late ? ` · ${t('issue.overdue')}` : ''}
      </span>
    ),
  });

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{issue.ledgerNo} · {issue.title}</h1>
          <Space wrap size={4}>
            <Tag color="processing" aria-label={t('issue.status')}>{t(`status.${issue.status}` as MessageKey)}</Tag>
            <Tag>{t(`category.${issue.category}` as MessageKey)}</Tag>
            {issue.urgency === 'URGENT' && <Tag color="red">{t('urgency.URGENT')}</Tag>}
            {issue.level && <Tag color="orange">{t(`level.${issue.level}` as MessageKey)}</Tag>}
            {viewer.role === 'DISTRICT_ADMIN' || viewer.role === 'CITY_ADMIN' ? <Link to={`/enterprises/${issue.enterprise.id}`}>{issue.enterprise.name}</Link> : <span>{issue.enterprise.name}</span>}
            <Typography.Text type="secondary">{issue.enterprise.district.name}</Typography.Text>
          </Space>
        </div>
      </div>
      {/* An inspector reads the ledger; it takes no step in it. */}
      {viewer.role !== 'INSPECTOR' && <IssueActions issue={issue} onReload={() => void refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('issue.details')}>
            <Typography.Paragraph>{issue.description}</Typography.Paragraph>
            <Descriptions size="small" column={1} items={[
              { key: 'dept', label: t('issue.department'), children: issue.department?.name ?? '—' },
              { key: 'person', label: t('issue.responsiblePerson'), children: issue.responsiblePerson ?? '—' },
              { key: 'raised', label: t('issue.raisedAt'), children: formatDateTime(issue.raisedAt, locale) },
              ...(issue.resolution ? [{ key: 'resolution', label: t('issue.resolution'), children: issue.resolution }] : []),
              ...(issue.closure ? [{ key: 'closure', label: t('issue.closure'), children: `${t(`satisfaction.${issue.closure.satisfaction}` as MessageKey)}${issue.closure.comment ? ` · ${issue.closure.comment}` : ''}` }] : []),
            ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('issue.clocks')}>
            <Descriptions size="small" column={1} items={[
              clock(t('issue.clock.response'), issue.responseDueAt, issue.responseOverdue, issue.respondedAt, issue.workingDaysLeft.response),
              clock(t('issue.clock.stage'), issue.stageDueAt, issue.stageOverdue, null, issue.workingDaysLeft.stage),
              clock(t('issue.clock.overall'), issue.dueAt, issue.overdue, issue.resolvedAt, issue.workingDaysLeft.resolution),
            ]} />
          </Card>
          <Card size="small" title={t('issue.milestones')} role="region" aria-label={t('issue.milestones')} style={{ marginTop: 16 }}>
            {issue.milestones.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('issue.noMilestones')} /> : (
              <List size="small" dataSource={issue.milestones} renderItem={(m) => (
                <List.Item key={m.id}>
                  <Space wrap>
                    {m.doneAt ? <Tag color="green">{t('issue.milestoneDone')}</Tag> : <Tag color={m.overdue ? 'red' : 'default'}>{m.overdue ? t('issue.overdue') : t('issue.milestoneOpen')}</Tag>}
                    <strong>{m.title}</strong>
                    <span className={m.overdue && !m.doneAt ? 'overdue' : undefined}>{formatDate(m.dueOn, locale)}</span>
                  </Space>
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('issue.timeline')}>
            <Timeline
              aria-label={t('issue.timeline')}
              items={issue.history.map((event) => ({
                key: event.position,
                color: event.automatic ? 'orange' : 'blue',
                content: (
                  <div role="listitem" id={`event-${event.position}`} tabIndex={-1} className={target === `event-${event.position}` ? 'timeline-event timeline-event-target' : 'timeline-event'} aria-label={`${t(`status.${event.toStatus}` as MessageKey)} ${event.type}`}>
                    <Space wrap size={4}>
                      <strong>{formatDateTime(event.at, locale)}</strong>
                      {event.fromStatus && event.fromStatus !== event.toStatus ? <span>{t(`status.${event.fromStatus}` as MessageKey)} → {t(`status.${event.toStatus}` as MessageKey)}</span> : <span>{t(`status.${event.toStatus}` as MessageKey)}</span>}
                      <Tag>{t(`event.${event.type}` as MessageKey) === `event.${event.type}` ? event.type : t(`event.${event.type}` as MessageKey)}</Tag>
                      <Typography.Text type="secondary">{event.automatic ? t('issue.automatic') : `${event.actorName ?? t(`role.${event.actorRole}` as MessageKey)}（${t(`role.${event.actorRole}` as MessageKey)}）`}</Typography.Text>
                    </Space>
                    {event.note && <div>{event.note}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
