import { Form, Input, Radio, Select } from 'antd';
import { useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { graphql } from '../../gql';
import type { IssueCategory, Urgency } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { CATEGORIES } from '../Ledger';
import { FormButtons, FormCard } from './FormCard';
import { useFieldForm } from './useFieldForm';

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
  const { viewer } = useAuth();
  const params = useParams();
  const enterpriseId = params.enterpriseId ?? viewer.enterpriseId ?? '';
  const { form, failure, loading, submit, cancel } = useFieldForm(RaiseIssueMutation, {
    fields: FIELDS,
    input: (values: Values, idempotencyKey) => ({ enterpriseId, category: values.category, title: values.title.trim(), description: values.description.trim(), urgency: values.urgency, idempotencyKey }),
    saved: (data) => t('field.problem.saved', { ledgerNo: data.raiseIssue.issue.ledgerNo }),
    home: viewer.role === 'ENTERPRISE' ? '/enterprise' : '/official',
    next: (data) => `/issues/${data.raiseIssue.issue.id}`,
  });

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
        <FormButtons loading={loading} onCancel={cancel} />
      </Form>
    </FormCard>
  );
}
