import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { describeError, fieldErrors, primaryCode } from '../../apollo/errors';
import { graphql } from '../../gql';
import type { IssueAction } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { ACTIONS, type FieldSpec, type PageIssue, type Values } from './actions';

const DepartmentsQuery = graphql(`
  query ActionDepartments($districtId: ID!) {
    district(id: $districtId) {
      id
      departments {
        id
        name
      }
    }
    city {
      departments {
        id
        name
      }
    }
  }
`);

const OUTCOMES = ['ASSIGN', 'BACK_TO_OFFICE', 'UNSOLVABLE', 'RESOLVED'] as const;
const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;

/**
 * Buttons for exactly what the signed-in role may do now (`myActions`: the state machine's
 * `allowedActions` that the permission table admits), less a step with nothing to act on (no open
 * milestone to complete, no extension request to decide); each asks for what its mutation needs.
 */
export function IssueActions({ issue, onReload }: { issue: PageIssue; onReload: () => void }) {
  const t = useT();
  const actions = issue.myActions.filter(
    (action) =>
      (action !== 'COMPLETE_MILESTONE' || issue.milestones.some((m) => !m.doneAt)) &&
      (action !== 'DECIDE_EXTENSION' || issue.extensionRequests.some((r) => r.status === 'PENDING')),
  );
  const [open, setOpen] = useState<IssueAction | null>(null);
  const [conflict, setConflict] = useState(false);
  return (
    <div style={{ marginBottom: 16 }}>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('error.CONFLICT')}
          action={<Button size="small" type="primary" onClick={() => { setConflict(false); onReload(); }}>{t('common.reload')}</Button>}
          style={{ marginBottom: 12 }}
        />
      )}
      <Space wrap role="toolbar" aria-label={t('issue.actions')}>
        {actions.length === 0 && <span>{t('issue.noActions')}</span>}
        {actions.map((action) => (
          <Button key={action} type={action === actions[0] ? 'primary' : 'default'} danger={action === 'DECLARE_UNSOLVABLE' || action === 'RETURN'} onClick={() => setOpen(action)}>
            {t(`action.${action}` as MessageKey)}
          </Button>
        ))}
      </Space>
      {open && (
        <ActionModal
          key={`${open}-${issue.version}`}
          action={open}
          issue={issue}
          onClose={() => setOpen(null)}
          onDone={() => { setOpen(null); onReload(); }}
          onConflict={() => { setOpen(null); setConflict(true); }}
        />
      )}
    </div>
  );
}

function ActionModal({ action, issue, onClose, onDone, onConflict }: { action: IssueAction; issue: PageIssue; onClose: () => void; onDone: () => void; onConflict: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const spec = ACTIONS[action];
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch([], form) as Values | undefined;
  const [failure, setFailure] = useState<string | null>(null);
  const [mutate, { loading }] = useMutation(spec.mutation);
  const needsDepartments = spec.fields.some((field) => field.kind === 'department');
  const departments = useQuery(DepartmentsQuery, { variables: { districtId: issue.districtId }, skip: !needsDepartments });
  const departmentOptions = [...(departments.data?.district?.departments ?? []), ...(departments.data?.city?.departments ?? [])].map((d) => ({ value: d.id, label: d.name }));
  const visible = (field: FieldSpec) => !field.when || (watched ?? {})[field.when.field] === field.when.value || (!watched && field.when.value === 'ASSIGN');

  const submit = async (values: Values) => {
    setFailure(null);
    const result = await mutate({ variables: { input: spec.input(issue, values) }, errorPolicy: 'all' })
      .catch((error) => ({ errors: error.graphQLErrors?.length ? error.graphQLErrors : [{ message: '', extensions: { code: 'NETWORK' } }] }));
    if (result.errors?.length) {
      if (primaryCode(result.errors) === 'CONFLICT') return onConflict();
      const byField = fieldErrors(result.errors, t);
      const names = new Set(spec.fields.map((field) => field.name));
      const known = Object.entries(byField).filter(([name]) => names.has(name));
      form.setFields(known.map(([name, text]) => ({ name, errors: [text] })));
      if (!known.length) setFailure(describeError(result.errors, t));
      return;
    }
    message.success(t('issue.done', { action: t(`action.${action}` as MessageKey) }));
    onDone();
  };

  const control = (field: FieldSpec) => {
    switch (field.kind) {
      case 'text':
        return <Input maxLength={200} />;
      case 'longText':
        return <Input.TextArea rows={3} maxLength={5000} />;
      case 'department':
        return <Select showSearch optionFilterProp="label" loading={departments.loading} options={departmentOptions} />;
      case 'date':
        return <DatePicker style={{ width: '100%' }} />;
      case 'dateTime':
        return <DatePicker showTime style={{ width: '100%' }} />;
      case 'milestone':
        return <Select options={issue.milestones.filter((m) => !m.doneAt).map((m) => ({ value: m.id, label: m.title }))} />;
      case 'approve':
        return <Radio.Group options={[{ value: true, label: t('issue.approve') }, { value: false, label: t('issue.refuse') }]} />;
      case 'satisfaction':
        return <Radio.Group options={SATISFACTIONS.map((value) => ({ value, label: t(`satisfaction.${value}` as MessageKey) }))} />;
      case 'outcome':
        return <Radio.Group options={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}` as MessageKey) }))} />;
    }
  };

  return (
    <Modal
      open
      title={`${t(`action.${action}` as MessageKey)} · ${issue.ledgerNo}`}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      {spec.fields.length === 0 && <p>{t('issue.confirm', { action: t(`action.${action}` as MessageKey) })}</p>}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={action === 'DECIDE_ESCALATION' ? { outcome: 'ASSIGN' } : undefined}>
        {spec.fields.filter(visible).map((field) => (
          <Form.Item key={field.name} name={field.name} label={t(field.label as MessageKey)} rules={field.required ? [{ required: true, message: t('issue.required') }] : []}>
            {control(field)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
