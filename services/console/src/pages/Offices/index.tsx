import { useQuery } from '@apollo/client';
import { Col, Row, Skeleton, Typography } from 'antd';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import { useT } from '../../locales';
import { EscalationsLive } from '../Dashboard/EscalationsLive';
import { SystemicIssues } from './SystemicIssues';

/** What waits for this office's own leading group: a district office's DISTRICT level, the city's CITY. */
const OfficeEscalationsQuery = graphql(`
  query OfficeEscalations($level: EscalationLevel!, $districtId: ID) {
    escalations(filter: { level: $level, status: OPEN, districtId: $districtId }, first: 50) {
      totalCount
      edges {
        node {
          ...WaitingEscalation
        }
      }
    }
  }
`);

/** 领导小组办公室: the escalations waiting for this office's level, live, and the systemic problems. */
export default function Offices() {
  const t = useT();
  const { viewer } = useAuth();
  const level = viewer.role === 'CITY_ADMIN' ? 'CITY' : 'DISTRICT';
  const { data, loading, error, refetch } = useQuery(OfficeEscalationsQuery, { variables: { level, districtId: level === 'DISTRICT' ? viewer.districtId : null } });

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t(level === 'CITY' ? 'offices.title.city' : 'offices.title.district')}</h1>
          <Typography.Text type="secondary">{t('offices.subtitle')}</Typography.Text>
        </div>
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          {loading && !data ? (
            <Skeleton active />
          ) : (
            <EscalationsLive
              level={level}
              title={t(level === 'CITY' ? 'offices.waiting.city' : 'offices.waiting.district')}
              initial={data?.escalations.edges.map((edge) => edge.node) ?? []}
              total={data?.escalations.totalCount ?? 0}
              onResync={() => void refetch()}
            />
          )}
        </Col>
        <Col xs={24} xl={12}>
          <SystemicIssues />
        </Col>
      </Row>
    </div>
  );
}
