import { useQuery } from '@apollo/client';
import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatRate } from '../../components/format';
import { graphql } from '../../gql';
import { useT } from '../../locales';

const TenantScorecardsQuery = graphql(`
  query TenantScorecards($districtId: ID!, $period: String!) {
    scorecards(districtId: $districtId, period: $period) {
      officialId
      official {
        id
        name
      }
      score
      visits
      requiredVisits
      visitCompliance
      reportRate
      responseRate
      resolutionRate
      satisfactionRate
      deductions
    }
  }
`);

/** A tenant's officials' scorecards for the month, best first; each opens the official's scorecard. */
export function TenantScorecards({ districtId, period }: { districtId: string; period: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(TenantScorecardsQuery, { variables: { districtId, period } });
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const cards = [...(data?.scorecards ?? [])].sort((a, b) => b.score - a.score);
  return (
    <Table
      rowKey="officialId"
      size="small"
      loading={loading && !data}
      aria-label={t('assessment.officialsOf')}
      dataSource={cards}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t('assessment.official'), render: (_, c) => <Link to={`/assessment/officials/${c.officialId}?period=${period}`}>{c.official.name}</Link> },
        { title: t('dashboard.col.score'), render: (_, c) => c.score.toFixed(1), align: 'right' },
        { title: t('dashboard.col.visitCompliance'), render: (_, c) => `${formatRate(c.visitCompliance)} (${c.visits}/${c.requiredVisits})`, align: 'right' },
        { title: t('assessment.reportRate'), render: (_, c) => formatRate(c.reportRate), align: 'right' },
        { title: t('dashboard.col.responseRate'), render: (_, c) => formatRate(c.responseRate), align: 'right' },
        { title: t('dashboard.col.resolutionRate'), render: (_, c) => formatRate(c.resolutionRate), align: 'right' },
        { title: t('dashboard.col.satisfactionRate'), render: (_, c) => formatRate(c.satisfactionRate), align: 'right' },
        { title: t('assessment.deductions'), dataIndex: 'deductions', align: 'right' },
      ]}
    />
  );
}
