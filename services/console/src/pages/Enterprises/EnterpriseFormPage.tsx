import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Skeleton, Space, Switch } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { describeError, fieldErrors } from '../../apollo/errors';
import { useAuth } from '../../auth/AuthProvider';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import type { EnterpriseKind, EnterpriseSector, EnterpriseSource } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { SECTORS, SOURCES } from './index';

const EnterpriseFormQuery = graphql(`
  query EnterpriseForm($id: ID!) {
    enterprise(id: $id) {
      id
      name
      creditCode
      sector
      source
      aboveScale
      kind
      contactName
      contactPhone
    }
  }
`);

const AddEnterpriseMutation = graphql(`
  mutation AddEnterprise($input: AddEnterpriseInput!) {
    addEnterprise(input: $input) {
      enterprise {
        id
      }
    }
  }
`);

const UpdateEnterpriseMutation = graphql(`
  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      enterprise {
        id
        name
        creditCode
        sector
        source
        aboveScale
        kind
        contactName
        contactPhone
      }
    }
  }
`);

interface Values {
  name: string;
  creditCode?: string;
  sector: EnterpriseSector;
  source: EnterpriseSource;
  aboveScale: boolean;
  kind: EnterpriseKind;
  contactName?: string;
  contactPhone?: string;
}

const KINDS: EnterpriseKind[] = ['ENTERPRISE', 'PROJECT'];

/** 新增 / 编辑企业: a field the platform refuses shows its reason under that field. */
export default function EnterpriseFormPage() {
  const t = useT();
  const { message } = App.useApp();
  const { viewer } = useAuth();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const existing = useQuery(EnterpriseFormQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const [add, adding] = useMutation(AddEnterpriseMutation);
  const [update, updating] = useMutation(UpdateEnterpriseMutation);

  useEffect(() => {
    const e = existing.data?.enterprise;
    if (e) form.setFieldsValue({ ...e, creditCode: e.creditCode ?? undefined, contactName: e.contactName ?? undefined, contactPhone: e.contactPhone ?? undefined });
  }, [existing.data, form]);

  if (id && existing.loading && !existing.data) return <Skeleton active />;
  if (id && existing.data && !existing.data.enterprise) return <NotFound />;

  const submit = async (values: Values) => {
    setFailure(null);
    const fields = { ...values, creditCode: values.creditCode?.trim() || undefined, contactName: values.contactName || undefined, contactPhone: values.contactPhone || undefined };
    const call = id
      ? update({ variables: { input: { id, ...fields } }, errorPolicy: 'all' })
      : add({ variables: { input: { districtId: viewer.districtId ?? '', ...fields } }, errorPolicy: 'all' });
    const result = await call.catch((error) => ({ data: undefined, errors: error.graphQLErrors?.length ? error.graphQLErrors : [{ message: '', extensions: { code: 'NETWORK' } }] }));
    if (result.errors?.length) {
      const byField = fieldErrors(result.errors, t);
      const known = Object.entries(byField).filter(([name]) => name in { name: 1, creditCode: 1, sector: 1, source: 1, aboveScale: 1, kind: 1, contactName: 1, contactPhone: 1 });
      form.setFields(known.map(([name, text]) => ({ name: name as keyof Values, errors: [text] })));
      if (!known.length) setFailure(describeError(result.errors, t));
      return;
    }
    const data = result.data as { addEnterprise?: { enterprise: { id: string } }; updateEnterprise?: { enterprise: { id: string } } } | undefined;
    message.success(t('portal.saved'));
    navigate(`/enterprises/${data?.addEnterprise?.enterprise.id ?? data?.updateEnterprise?.enterprise.id ?? id}`);
  };

  return (
    <Card title={id ? t('portal.editTitle') : t('portal.addTitle')} style={{ maxWidth: 720 }}>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ aboveScale: false, kind: 'ENTERPRISE', source: 'DISTRICT_SELECTED' }}>
        <Form.Item name="name" label={t('portal.field.name')} rules={[{ required: true, whitespace: true, message: t('issue.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('portal.field.creditCode')}>
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="sector" label={t('portal.field.sector')} rules={[{ required: true, message: t('issue.required') }]}>
          <Select options={SECTORS.map((value) => ({ value, label: t(`sector.${value}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="source" label={t('portal.field.source')} rules={[{ required: true }]}>
          <Radio.Group options={SOURCES.map((value) => ({ value, label: t(`source.${value}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('portal.field.kind')} rules={[{ required: true }]}>
          <Radio.Group options={KINDS.map((value) => ({ value, label: t(`enterpriseKind.${value}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="aboveScale" label={t('portal.field.aboveScale')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="contactName" label={t('portal.field.contactName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('portal.field.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={adding.loading || updating.loading}>{t('common.save')}</Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
