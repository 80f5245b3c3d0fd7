import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Card, Col, DatePicker, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatPeriod, formatRate } from '../../components/format';
import { usePeriod } from '../../components/usePeriods';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';
import { Figure } from './Figure';
import { ScorecardRecords, type RecordsTab } from './ScorecardRecords';

const ScorecardQuery = graphql(`
  query OfficialScorecard($id: ID!, $period: String!) {
    official(id: $id) {
      id
      name
      title
      departmentName
      district {
        id
        name
      }
      scorecard(period: $period) {
        period
        rulesVersion
        published
        publishedAt
        score
        pairedEnterprises
        excusedEnterprises
        visits
        requiredVisits
        creditedVisits
        visitCompliance
        reportsExpected
        reportsOnTime
        reportsLate
        reportsMissing
        reportRate
        reportStatus
        problemsDueAnswer
        answeredInTime
        responseRate
        problemsDue
        solvedByDue
        resolutionRate
        closuresRated
        closuresSatisfied
        satisfactionRate
        overdue
        escalations
        deductions
      }
    }
  }
`);

/** 考核: one official's scorecard for a month; every figure opens the records it was computed from. */
export default function Scorecard() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { period } = usePeriod(params.get('period'));
  const { t, locale } = useLocale();
  const [tab, setTab] = useState<RecordsTab>((params.get('records') as RecordsTab) ?? 'visits');
  const { data, loading, error, refetch } = useQuery(ScorecardQuery, { variables: { id, period: period ?? '' }, skip: !period });
  if (!period || (loading && !data)) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const official = data?.official;
  if (!official) return <ErrorAlert error={[{ message: '', extensions: { code: 'NOT_FOUND' } }]} />;
  const card = official.scorecard;
  const open = (next: RecordsTab) => () => setTab(next);

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('assessment.scorecardOf', { name: official.name })}</h1>
          <Typography.Text type="secondary">
            {official.district.name} · {[official.departmentName, official.title].filter(Boolean).join(' ')} · {official.id}
          </Typography.Text>
        </div>
        <Space>
          <label htmlFor="scorecard-period">{t('dashboard.period')}</label>
          <DatePicker
            id="scorecard-period"
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            format={(value) => formatPeriod(value.format('YYYY-MM'), locale)}
            onChange={(value) => value && setParams({ period: value.format('YYYY-MM') })}
          />
        </Space>
      </div>
      {!card ? (
        <Empty description={t('assessment.notAssessed', { period: formatPeriod(period, locale) })} />
      ) : (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {card.published ? <Tag color="green">{t('assessment.published')}</Tag> : <Tag color="blue">{t('assessment.live')}</Tag>}
            <Typography.Text type="secondary">{t('assessment.rulesVersion', { version: card.rulesVersion })}</Typography.Text>
          </Space>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6} xl={4}><Figure title={t('assessment.score')} value={card.score.toFixed(1)} /></Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('dashboard.col.visitCompliance')} value={formatRate(card.visitCompliance)} detail={t('assessment.visitsDetail', { made: card.visits, credited: card.creditedVisits, required: card.requiredVisits })} onOpen={open('visits')} active={tab === 'visits'} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('assessment.reportRate')} value={formatRate(card.reportRate)} detail={t('assessment.reportsDetail', { onTime: card.reportsOnTime, late: card.reportsLate, missing: card.reportsMissing, expected: card.reportsExpected })} onOpen={open('reports')} active={tab === 'reports'} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('dashboard.col.responseRate')} value={formatRate(card.responseRate)} detail={t('assessment.ofDetail', { n: card.answeredInTime, of: card.problemsDueAnswer })} onOpen={open('problems')} active={tab === 'problems'} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('dashboard.col.resolutionRate')} value={formatRate(card.resolutionRate)} detail={t('assessment.ofDetail', { n: card.solvedByDue, of: card.problemsDue })} onOpen={open('problems')} active={tab === 'problems'} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('dashboard.col.satisfactionRate')} value={formatRate(card.satisfactionRate)} detail={t('assessment.ofDetail', { n: card.closuresSatisfied, of: card.closuresRated })} onOpen={open('problems')} active={tab === 'problems'} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('assessment.overdue')} value={card.overdue} detail={t('assessment.escalationsDetail', { n: card.escalations })} onOpen={open('problems')} active={tab === 'problems'} danger={card.overdue > 0} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('assessment.deductions')} value={card.deductions} onOpen={open('deductions')} active={tab === 'deductions'} danger={card.deductions > 0} />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Figure title={t('assessment.paired')} value={card.pairedEnterprises} detail={t('assessment.excusedDetail', { n: card.excusedEnterprises, status: t(`assessment.report.${card.reportStatus}` as MessageKey) })} onOpen={open('visits')} />
            </Col>
          </Row>
          <Card size="small">
            <ScorecardRecords officialId={official.id} districtId={official.district.id} period={period} tab={tab} onTab={setTab} />
          </Card>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            <Link to={`/assessment?period=${period}`}>{t('assessment.backToRanking')}</Link>
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}
