import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { App, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { submitForm } from '../../components/serverErrors';
import { graphql } from '../../gql';
import type { ExcuseReason } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { FormCard } from './FormCard';

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
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { enterpriseId = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordExcuseMutation);

  const submit = async (values: Values) => {
    setFailure(null);
    const input = { enterpriseId, period: values.period.format('YYYY-MM'), reason: values.reason, note: values.note?.trim() || undefined };
    const result = await submitForm(record({ variables: { input }, errorPolicy: 'all' }), form, FIELDS, t);
    if (result.code) return setFailure(result.failure);
    message.success(t('field.excuse.saved'));
    navigate('/official');
  };

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
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>{t('common.submit')}</Button>
          <Button onClick={() => navigate('/official')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </FormCard>
  );
}
