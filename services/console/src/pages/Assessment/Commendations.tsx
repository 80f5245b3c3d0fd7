import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Checkbox, DatePicker, Popconfirm, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { describeError } from '../../apollo/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatRate } from '../../components/format';
import { attempt } from '../../components/submit';
import { usePeriod } from '../../components/usePeriods';
import { graphql } from '../../gql';
import type { CandidateFragment } from '../../gql/graphql';
import { useLocale } from '../../locales';

export const CandidateFragmentDoc = graphql(`
  fragment Candidate on CommendationCandidate {
    officialId
    official {
      id
      name
    }
    districtId
    rank
    level
    averageScore
    months
    visits
    requiredVisits
    visitCompliance
    responseRate
    resolutionRate
    satisfactionRate
    deductions
    disqualified
  }
`);

const CommendationsQuery = graphql(`
  query Commendations($year: String!) {
    city {
      districts {
        id
        name
      }
    }
    commendationCandidates(year: $year) {
      year
      rulesVersion
      outstandingQuota
      excellentQuota
      disqualifyingDeduction
      outstanding {
        ...Candidate
      }
      excellent {
        ...Candidate
      }
      disqualified {
        ...Candidate
      }
      confirmed {
        officialId
        official {
          id
          name
        }
        level
        averageScore
        confirmedBy
        confirmedAt
      }
    }
  }
`);

const ConfirmCommendationsMutation = graphql(`
  mutation ConfirmCommendations($input: ConfirmCommendationsInput!) {
    confirmCommendations(input: $input) {
      officialId
      level
    }
  }
`);

type Level = 'OUTSTANDING' | 'EXCELLENT';

/** 年度表彰: the year's candidates, outstanding (杰出) and excellent (优秀), with their evidence; the city office confirms the list once. */
export default function Commendations() {
  const [params, setParams] = useSearchParams();
  const { period } = usePeriod(null);
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year')! : period?.slice(0, 4);
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(CommendationsQuery, { variables: { year: year ?? '' }, skip: !year });
  const [confirm, { loading: confirming }] = useMutation(ConfirmCommendationsMutation);
  const [chosen, setChosen] = useState<Record<string, Level | null>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const c = data?.commendationCandidates;
  useEffect(() => {
    if (c) setChosen(Object.fromEntries([...c.outstanding.map((x) => [x.officialId, 'OUTSTANDING']), ...c.excellent.map((x) => [x.officialId, 'EXCELLENT'])]));
  }, [c]);
  if (!year || (loading && !data)) return <Skeleton active paragraph={{ rows: 10 }} />;
  const districtName = (id: string) => data?.city?.districts.find((d) => d.id === id)?.name ?? id;
  const confirmed = (c?.confirmed.length ?? 0) > 0;
  const mayConfirm = viewer.role === 'CITY_ADMIN' && !confirmed;

  const columns = (level: Level | null): TableColumnsType<CandidateFragment> => [
    ...(level && mayConfirm
      ? [{
          title: t('assessment.commend'),
          key: 'pick',
          width: 70,
          render: (_: unknown, x: CandidateFragment) => (
            <Checkbox aria-label={`${t('assessment.commend')} ${x.official.name}`} checked={chosen[x.officialId] === level} onChange={(e) => setChosen((all) => ({ ...all, [x.officialId]: e.target.checked ? level : null }))} />
          ),
        }]
      : []),
    { title: t('dashboard.col.rank'), dataIndex: 'rank', width: 60, render: (r: number | null) => r ?? '—' },
    { title: t('assessment.official'), key: 'official', render: (_, x) => <Link to={`/assessment/officials/${x.officialId}?period=${year}-12`}>{x.official.name}</Link> },
    { title: t('dashboard.col.tenant'), key: 'district', render: (_, x) => districtName(x.districtId) },
    { title: t('assessment.averageScore'), dataIndex: 'averageScore', align: 'right', render: (v: number) => v.toFixed(1) },
    { title: t('assessment.months'), dataIndex: 'months', align: 'right' },
    { title: t('dashboard.col.visitCompliance'), key: 'visits', align: 'right', render: (_, x) => `${formatRate(x.visitCompliance)} (${x.visits}/${x.requiredVisits})` },
    { title: t('dashboard.col.responseRate'), dataIndex: 'responseRate', align: 'right', render: formatRate },
    { title: t('dashboard.col.resolutionRate'), dataIndex: 'resolutionRate', align: 'right', render: formatRate },
    { title: t('dashboard.col.satisfactionRate'), dataIndex: 'satisfactionRate', align: 'right', render: formatRate },
    { title: t('assessment.deductions'), dataIndex: 'deductions', align: 'right', render: (v: number, x) => <span className={x.disqualified ? 'overdue' : undefined}>{v}</span> },
  ];

  const submit = async () => {
    setFailure(null);
    const pick = (level: Level) => Object.entries(chosen).filter(([, l]) => l === level).map(([id]) => id);
    const result = await attempt(() => confirm({ variables: { input: { year: year!, outstanding: pick('OUTSTANDING'), excellent: pick('EXCELLENT') } }, errorPolicy: 'all' }));
    if (result.errors?.length) return setFailure(describeError(result.errors, t));
    void refetch();
  };

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('assessment.commendations', { year })}</h1>
          {c && <Typography.Text type="secondary">{t('assessment.quotas', { outstanding: c.outstandingQuota, excellent: c.excellentQuota, threshold: c.disqualifyingDeduction, version: c.rulesVersion })}</Typography.Text>}
        </div>
        <Space>
          <label htmlFor="commendation-year">{t('assessment.year')}</label>
          <DatePicker id="commendation-year" picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(v) => v && setParams({ year: v.format('YYYY') })} />
        </Space>
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      {c && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {confirmed && (
            <Card size="small" title={t('assessment.confirmedList')}>
              <Table
                rowKey="officialId"
                size="small"
                pagination={false}
                aria-label={t('assessment.confirmedList')}
                dataSource={c.confirmed}
                columns={[
                  { title: t('assessment.level'), dataIndex: 'level', render: (l: string) => <Tag color={l === 'OUTSTANDING' ? 'gold' : 'blue'}>{t(l === 'OUTSTANDING' ? 'assessment.outstanding' : 'assessment.excellent')}</Tag> },
                  { title: t('assessment.official'), render: (_, x) => x.official.name },
                  { title: t('assessment.averageScore'), dataIndex: 'averageScore', render: (v: number) => v.toFixed(1) },
                  { title: t('assessment.confirmedAt'), render: (_, x) => `${formatDateTime(x.confirmedAt, locale)} · ${x.confirmedBy}` },
                ]}
              />
            </Card>
          )}
          <Card size="small" title={`${t('assessment.outstanding')}（${c.outstanding.length}/${c.outstandingQuota}）`}>
            <Table rowKey="officialId" size="small" pagination={false} scroll={{ x: 900 }} aria-label={t('assessment.outstanding')} dataSource={c.outstanding} columns={columns('OUTSTANDING')} />
          </Card>
          <Card size="small" title={`${t('assessment.excellent')}（${c.excellent.length}/${c.excellentQuota}）`}>
            <Table rowKey="officialId" size="small" pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 900 }} aria-label={t('assessment.excellent')} dataSource={c.excellent} columns={columns('EXCELLENT')} />
          </Card>
          {c.disqualified.length > 0 && (
            <Card size="small" title={t('assessment.disqualified', { threshold: c.disqualifyingDeduction })}>
              <Table rowKey="officialId" size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: 900 }} aria-label={t('assessment.disqualifiedList')} dataSource={c.disqualified} columns={columns(null)} />
            </Card>
          )}
          {mayConfirm && (
            <Popconfirm title={t('assessment.confirmQuestion', { year })} okText={t('assessment.confirm')} cancelText={t('common.cancel')} onConfirm={() => void submit()}>
              <Button type="primary" loading={confirming}>{t('assessment.confirm')}</Button>
            </Popconfirm>
          )}
        </Space>
      )}
    </div>
  );
}
