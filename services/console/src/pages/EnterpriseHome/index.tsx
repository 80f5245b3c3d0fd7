import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Skeleton, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProblemList } from '../../components/ProblemList';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import { useLocale } from '../../locales';

const EnterpriseHomeQuery = graphql(`
  query EnterpriseHome($enterpriseId: ID!) {
    enterprise(id: $enterpriseId) {
      id
      name
      district {
        id
        name
      }
      official {
        id
        name
      }
      issues(first: 100) {
        totalCount
        edges {
          node {
            ...ProblemListRow
          }
        }
      }
    }
  }
`);

/** 我的问题: the enterprise's problems and their progress; those solved wait for its confirmation. */
export default function EnterpriseHome() {
  const { t } = useLocale();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(EnterpriseHomeQuery, { variables: { enterpriseId: viewer.enterpriseId ?? '' }, skip: !viewer.enterpriseId, fetchPolicy: 'cache-and-network' });
  if (!viewer.enterpriseId) return <NotFound />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const e = data?.enterprise;
  if (!e) return <NotFound />;
  const issues = e.issues.edges.map((edge) => edge.node);
  const waiting = issues.filter((i) => i.status === 'RESOLVED');

  return (
    <div style={{ maxWidth: 720 }}>
      <div className="page-header">
        <div>
          <h1>{e.name}</h1>
          <Typography.Text type="secondary">{e.district.name}{e.official ? ` · ${t('ent.official', { name: e.official.name })}` : ''}</Typography.Text>
        </div>
        <Link to="/enterprise/problem"><Button type="primary" icon={<PlusOutlined />}>{t('field.problem.title')}</Button></Link>
      </div>
      {waiting.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ent.waiting', { count: waiting.length })} description={
          <Space wrap>{waiting.map((i) => <Link key={i.id} to={`/issues/${i.id}`}>{i.ledgerNo} {i.title}</Link>)}</Space>
        } />
      )}
      <Card size="small" title={<span role="heading" aria-level={2}>{t('ent.problems', { count: e.issues.totalCount })}</span>}>
        <ProblemList issues={issues} />
      </Card>
    </div>
  );
}
