import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { App, Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { submitForm } from '../../components/serverErrors';
import { graphql } from '../../gql';
import { useT } from '../../locales';
import { FormCard } from './FormCard';

const SubmitReportMutation = graphql(`
  mutation SubmitMonthlyReport($input: SubmitMonthlyReportInput!) {
    submitMonthlyReport(input: $input) {
      report {
        id
        period
        late
        dueAt
      }
    }
  }
`);

const FIELDS = ['period', 'progress', 'outputValue', 'investment'];

interface Values {
  period: Dayjs;
  progress: string;
  outputValue?: number | null;
  investment?: number | null;
}

/** 月度报告 (按月上报): the enterprise's progress and operations in a month. */
export default function ReportForm() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { enterpriseId = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [submitReport, { loading }] = useMutation(SubmitReportMutation);

  const submit = async (values: Values) => {
    setFailure(null);
    const input = { enterpriseId, period: values.period.format('YYYY-MM'), progress: values.progress, outputValue: values.outputValue ?? undefined, investment: values.investment ?? undefined };
    const result = await submitForm(submitReport({ variables: { input }, errorPolicy: 'all' }), form, FIELDS, t);
    if (result.code) return setFailure(result.failure);
    message.success(t(result.data?.submitMonthlyReport.report.late ? 'field.report.savedLate' : 'field.report.saved'));
    navigate('/official');
  };

  return (
    <FormCard enterpriseId={enterpriseId} title={t('field.report.title')} failure={failure}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ period: dayjs() }}>
        <Form.Item name="period" label={t('field.report.period')} rules={[{ required: true, message: t('issue.required') }]}>
          <DatePicker picker="month" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="progress" label={t('field.report.progress')} rules={[{ required: true, whitespace: true, message: t('issue.required') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="outputValue" label={t('field.report.outputValue')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="investment" label={t('field.report.investment')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>{t('common.submit')}</Button>
          <Button onClick={() => navigate('/official')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </FormCard>
  );
}
