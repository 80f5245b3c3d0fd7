import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { useT } from '../../locales';
import { FormButtons, FormCard } from './FormCard';
import { useFieldForm } from './useFieldForm';

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
  const { enterpriseId = '' } = useParams();
  const { form, failure, loading, submit, cancel } = useFieldForm(SubmitReportMutation, {
    fields: FIELDS,
    input: (values: Values) => ({ enterpriseId, period: values.period.format('YYYY-MM'), progress: values.progress, outputValue: values.outputValue ?? undefined, investment: values.investment ?? undefined }),
    saved: (data) => t(data.submitMonthlyReport.report.late ? 'field.report.savedLate' : 'field.report.saved'),
  });

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
        <FormButtons loading={loading} onCancel={cancel} />
      </Form>
    </FormCard>
  );
}
