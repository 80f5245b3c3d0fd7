import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { describeError, fieldErrors } from '../../apollo/errors';
import { graphql } from '../../gql';
import type { EscalationOutcome, WaitingEscalationFragment } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';

const DecisionOptionsQuery = graphql(`
  query DecisionOptions($districtId: ID!) {
    city {
      departments {
        id
        name
      }
    }
    district(id: $districtId) {
      id
      departments {
        id
        name
      }
    }
  }
`);

const DecideEscalationMutation = graphql(`
  mutation DecideEscalation($input: DecideEscalationInput!) {
    decideEscalation(input: $input) {
      escalation {
        id
        status
        outcome
        decision
        instructions
      }
      issue {
        id
        status
        version
      }
    }
  }
`);

/** The decisions decideEscalation allows. */
const OUTCOMES: EscalationOutcome[] = ['ASSIGN', 'BACK_TO_OFFICE', 'UNSOLVABLE', 'RESOLVED'];

interface Values {
  outcome: EscalationOutcome;
  decision: string;
  instructions: string;
  departmentId?: string;
  responsiblePerson?: string;
}

/** A leading group (the city's, or a district's) decides an escalation: an outcome, the decision and its instructions. */
export function DecideEscalationModal({ escalation, level = 'CITY', onClose, onDecided }: { escalation: WaitingEscalationFragment; level?: 'CITY' | 'DISTRICT'; onClose: () => void; onDecided: (id: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const [failure, setFailure] = useState<string | null>(null);
  const options = useQuery(DecisionOptionsQuery, { variables: { districtId: escalation.districtId } });
  const [decide, { loading }] = useMutation(DecideEscalationMutation);
  const departments = [...(options.data?.district?.departments ?? []), ...(options.data?.city?.departments ?? [])];

  const submit = async (values: Values) => {
    setFailure(null);
    const result = await decide({
      variables: { input: { escalationId: escalation.id, ...values, ...(values.outcome === 'ASSIGN' ? {} : { departmentId: undefined, responsiblePerson: undefined }) } },
      errorPolicy: 'all',
    }).catch((error) => ({ errors: error.graphQLErrors?.length ? error.graphQLErrors : [{ message: '', extensions: { code: 'NETWORK' } }], data: undefined }));
    if (result.errors?.length) {
      const fields = fieldErrors(result.errors, t);
      form.setFields(Object.entries(fields).map(([name, message]) => ({ name: name as keyof Values, errors: [message] })));
      if (!Object.keys(fields).length) setFailure(describeError(result.errors, t));
      return;
    }
    onDecided(escalation.id);
  };

  return (
    <Modal
      open
      title={`${t(level === 'CITY' ? 'dashboard.decideTitle' : 'offices.decideTitle')} · ${escalation.issue.ledgerNo}`}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p>{escalation.issue.title} · {escalation.issue.enterprise.name}</p>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ outcome: 'ASSIGN' }}>
        <Form.Item name="outcome" label={t('dashboard.outcome')} rules={[{ required: true }]}>
          <Radio.Group options={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}` as MessageKey) }))} />
        </Form.Item>
        {outcome === 'ASSIGN' && (
          <>
            <Form.Item name="departmentId" label={t('issue.department')} rules={[{ required: true, message: t('issue.required') }]}>
              <Select showSearch optionFilterProp="label" loading={options.loading} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
            <Form.Item name="responsiblePerson" label={t('issue.responsiblePerson')} rules={[{ required: true, message: t('issue.required') }]}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="decision" label={t('dashboard.decision')} rules={[{ required: true, message: t('issue.required') }]}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="instructions" label={t('dashboard.instructions')} rules={[{ required: true, message: t('issue.required') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
