import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { attempt, showErrors } from '../../components/submit';
import { graphql } from '../../gql';
import { useT } from '../../locales';

/** Open problems the office may link: the newest hundred of its ledger (every tenant's, for the city). */
const LinkableIssuesQuery = graphql(`
  query LinkableIssues {
    issues(filter: { status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }, first: 100) {
      edges {
        node {
          id
          ledgerNo
          title
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateSystemicMutation = graphql(`
  mutation CreateSystemicIssue($input: CreateSystemicIssueInput!) {
    createSystemicIssue(input: $input) {
      id
      title
      status
    }
  }
`);

const EscalateSystemicMutation = graphql(`
  mutation EscalateSystemicIssue($input: EscalateSystemicIssueInput!) {
    escalateSystemicIssue(input: $input) {
      id
      status
    }
  }
`);

interface CreateValues {
  title: string;
  description: string;
  issueIds: string[];
}

/** Links open problems of several enterprises into one systemic problem. */
export function CreateSystemicModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<CreateValues>();
  const [failure, setFailure] = useState<string | null>(null);
  // One key per opening of the form: a retried submission creates it once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const issues = useQuery(LinkableIssuesQuery);
  const [create, { loading }] = useMutation(CreateSystemicMutation);

  const submit = async (values: CreateValues) => {
    setFailure(null);
    const result = await attempt(() => create({ variables: { input: { ...values, idempotencyKey } }, errorPolicy: 'all' }));
    if (result.errors?.length) return setFailure(showErrors(form, result.errors, t, (path) => [path.split('.')[0]]));
    onDone();
  };

  return (
    <Modal open title={t('offices.systemic.create')} okText={t('common.submit')} cancelText={t('common.cancel')} confirmLoading={loading} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden width={640}>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t('offices.systemic.title')} rules={[{ required: true, message: t('issue.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('offices.systemic.description')} rules={[{ required: true, message: t('issue.required') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="issueIds" label={t('offices.systemic.issues')} rules={[{ required: true, type: 'array', min: 2, message: t('offices.systemic.atLeastTwo') }]}>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            loading={issues.loading}
            options={(issues.data?.issues.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.ledgerNo} · ${node.enterprise.name} · ${node.title}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Escalates a systemic problem as one: every open member goes one level up, with the reason. */
export function EscalateSystemicModal({ systemic, onClose, onDone }: { systemic: { id: string; title: string }; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [escalate, { loading }] = useMutation(EscalateSystemicMutation);

  const submit = async (values: { reason: string }) => {
    setFailure(null);
    const result = await attempt(() => escalate({ variables: { input: { systemicIssueId: systemic.id, reason: values.reason } }, errorPolicy: 'all' }));
    if (result.errors?.length) return setFailure(showErrors(form, result.errors, t));
    onDone();
  };

  return (
    <Modal open title={`${t('offices.systemic.escalate')} · ${systemic.title}`} okText={t('common.submit')} cancelText={t('common.cancel')} confirmLoading={loading} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('offices.systemic.reason')} rules={[{ required: true, message: t('issue.required') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
