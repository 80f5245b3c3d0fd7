import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import { App, Button, Form, Input, Radio, Select, Space } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { newIdempotencyKey, submitForm } from '../../components/serverErrors';
import { graphql } from '../../gql';
import type { IssueCategory, Urgency } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { CATEGORIES } from '../Ledger';
import { FormCard } from './FormCard';

const RaiseIssueMutation = graphql(`
  mutation RaiseIssue($input: RaiseIssueInput!) {
    raiseIssue(input: $input) {
      issue {
        id
        ledgerNo
        status
      }
    }
  }
`);

const FIELDS = ['category', 'title', 'description', 'urgency'];

interface Values {
  category: IssueCategory;
  title: string;
  description: string;
  urgency: Urgency;
}

/** 反映问题: an official for its enterprise, or the enterprise itself, enters a difficulty in the ledger. */
export default function ProblemForm() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { viewer } = useAuth();
  const params = useParams();
  const enterpriseId = params.enterpriseId ?? viewer.enterpriseId ?? '';
  const home = viewer.role === 'ENTERPRISE' ? '/enterprise' : '/official';
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const [raise, { loading }] = useMutation(RaiseIssueMutation);

  const submit = async (values: Values) => {
    setFailure(null);
    const input = { enterpriseId, category: values.category, title: values.title.trim(), description: values.description.trim(), urgency: values.urgency, idempotencyKey: key.current };
    const result = await submitForm(raise({ variables: { input }, errorPolicy: 'all' }), form, FIELDS, t);
    if (result.code && result.code !== 'NETWORK') key.current = newIdempotencyKey();
    if (result.code) return setFailure(result.failure);
    const issue = result.data!.raiseIssue.issue;
    message.success(t('field.problem.saved', { ledgerNo: issue.ledgerNo }));
    navigate(`/issues/${issue.id}`);
  };

  return (
    <FormCard enterpriseId={enterpriseId} title={t('field.problem.title')} failure={failure}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ urgency: 'NORMAL' }}>
        <Form.Item name="category" label={t('issue.category')} rules={[{ required: true, message: t('issue.required') }]}>
          <Select options={CATEGORIES.map((value) => ({ value, label: t(`category.${value}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('field.problem.titleField')} rules={[{ required: true, whitespace: true, message: t('issue.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('field.problem.description')} rules={[{ required: true, whitespace: true, message: t('issue.required') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="urgency" label={t('field.problem.urgency')}>
          <Radio.Group optionType="button" options={(['NORMAL', 'URGENT'] as const).map((value) => ({ value, label: t(`urgency.${value}` as MessageKey) }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>{t('common.submit')}</Button>
          <Button onClick={() => navigate(home)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </FormCard>
  );
}
