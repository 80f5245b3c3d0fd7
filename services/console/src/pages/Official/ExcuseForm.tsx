import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { ExcuseReason } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { FormButtons, FormCard } from './FormCard';
import { useFieldForm } from './useFieldForm';

const RecordExcuseMutation = graphql(`
  mutation RecordExcuse($input: RecordExcuseInput!) {
    recordExcuse(input: $input) {
      excuse {
        id
        period
        reason
        note
      }
    }
  }
`);

const REASONS: ExcuseReason[] = ['AWAY_ON_DUTY', 'ENTERPRISE_DECLINED', 'ILLNESS', 'TRAINING'];
const FIELDS = ['period', 'reason', 'note'];

interface Values {
  period: Dayjs;
  reason: ExcuseReason;
  note?: string;
}

/** 未走访说明: why a month passes without a visit, with its reason. */
export default function ExcuseForm() {
  const t = useT();
  const { enterpriseId = '' } = useParams();
  const { form, failure, loading, submit, cancel } = useFieldForm(RecordExcuseMutation, {
    fields: FIELDS,
    input: (values: Values) => ({ enterpriseId, period: values.period.format('YYYY-MM'), reason: values.reason, note: values.note?.trim() || undefined }),
    saved: () => t('field.excuse.saved'),
  });

  return (
    <FormCard enterpriseId={enterpriseId} title={t('field.excuse.title')} failure={failure}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ period: dayjs() }}>
        <Form.Item name="period" label={t('field.excuse.period')} rules={[{ required: true, message: t('issue.required') }]}>
          <DatePicker picker="month" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('field.excuse.reason')} rules={[{ required: true, message: t('issue.required') }]}>
          <Select options={REASONS.map((value) => ({ value, label: t(`excuse.${value}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('field.excuse.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <FormButtons loading={loading} onCancel={cancel} />
      </Form>
    </FormCard>
  );
}
