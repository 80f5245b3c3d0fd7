import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { VisitMode } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { FormButtons, FormCard } from './FormCard';
import { useFieldForm } from './useFieldForm';

const RecordVisitMutation = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      visit {
        id
        visitedOn
        mode
        summary
        enterprise {
          id
          visitsThisMonth
        }
      }
    }
  }
`);

export const VISIT_MODES: VisitMode[] = ['VISIT', 'HELP', 'ACCOMPANY', 'ON_BEHALF'];
const FIELDS = ['visitedOn', 'mode', 'summary', 'handedOver'];

interface Values {
  visitedOn: Dayjs;
  mode: VisitMode;
  summary: string;
  handedOver?: string;
}

/** 记录走访: date, 走访 / 帮办 / 陪办 / 代办, what was done (and, for 代办, what was handed over). */
export default function VisitForm() {
  const t = useT();
  const { enterpriseId = '' } = useParams();
  const { form, failure, loading, submit, cancel } = useFieldForm(RecordVisitMutation, {
    fields: FIELDS,
    input: (values: Values, idempotencyKey) => ({
      enterpriseId,
      visitedOn: values.visitedOn.format('YYYY-MM-DD'),
      mode: values.mode,
      summary: values.summary,
      handedOver: values.handedOver?.trim() || undefined,
      idempotencyKey,
    }),
    saved: () => t('field.visit.saved'),
  });
  const mode = Form.useWatch('mode', form);

  return (
    <FormCard enterpriseId={enterpriseId} title={t('field.visit.title')} failure={failure}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ visitedOn: dayjs(), mode: 'VISIT' }}>
        <Form.Item name="visitedOn" label={t('field.visit.visitedOn')} rules={[{ required: true, message: t('issue.required') }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={false} />
        </Form.Item>
        <Form.Item name="mode" label={t('field.visit.mode')} rules={[{ required: true, message: t('issue.required') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={VISIT_MODES.map((value) => ({ value, label: t(`visitMode.${value}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('field.visit.summary')} rules={[{ required: true, whitespace: true, message: t('issue.required') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        {mode === 'ON_BEHALF' && (
          <Form.Item name="handedOver" label={t('field.visit.handedOver')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        <FormButtons loading={loading} onCancel={cancel} />
      </Form>
    </FormCard>
  );
}
