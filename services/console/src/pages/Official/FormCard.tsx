import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Skeleton, Space, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import { useT } from '../../locales';

const FormEnterpriseQuery = graphql(`
  query FormEnterprise($id: ID!) {
    enterprise(id: $id) {
      id
      name
      district {
        id
        name
      }
    }
  }
`);

/** A phone-width card for one of the field forms, naming the enterprise it is about. */
export function FormCard({ enterpriseId, title, failure, children }: { enterpriseId: string; title: string; failure: string | null; children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(FormEnterpriseQuery, { variables: { id: enterpriseId } });
  if (loading && !data) return <Skeleton active />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  if (!data?.enterprise) return <NotFound />;
  return (
    <Card title={<h1 style={{ margin: 0, fontSize: 18 }}>{title}</h1>} style={{ maxWidth: 640 }} size="small">
      <Typography.Paragraph type="secondary">{data.enterprise.name} · {data.enterprise.district.name}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      {children}
    </Card>
  );
}

/** A field form's 提交 and 取消. */
export function FormButtons({ loading, onCancel }: { loading: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={loading}>{t('common.submit')}</Button>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
    </Space>
  );
}
