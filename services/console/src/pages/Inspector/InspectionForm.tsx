import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useLocation, useNavigate } from 'react-router-dom';
import { attempt, showErrors } from '../../components/submit';
import { graphql } from '../../gql';
import type { InspectionKind } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';
import { EventPicker } from './EventPicker';

const InspectionOptionsQuery = graphql(`
  query InspectionOptions($districtId: ID!, $withOfficials: Boolean!) {
    city {
      districts {
        id
        name
      }
    }
    district(id: $districtId) @include(if: $withOfficials) {
      id
      officials(first: 200) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

const RecordInspectionMutation = graphql(`
  mutation RecordInspection($input: RecordInspectionInput!) {
    recordInspection(input: $input) {
      id
      deductionTotal
    }
  }
`);

export const KINDS: InspectionKind[] = ['CENTRALISED', 'ANNOUNCED', 'UNANNOUNCED', 'FOLLOW_UP'];

interface FindingValues {
  summary: string;
  officialId?: string;
  ledgerNo?: string;
  eventPosition?: string;
  deductions?: Array<{ points: number; reason: string }>;
}
interface Values {
  districtId: string;
  kind: InspectionKind;
  inspectedOn: Dayjs;
  period?: Dayjs;
  officialIds: string[];
  findings: FindingValues[];
  criticise?: boolean;
  publicCriticism?: { title: string; text: string; officialIds: string[] };
}

/** What a suggested finding brings to a new inspection. */
export interface Suggestion {
  districtId: string;
  officialId?: string | null;
  summary: string;
  ledgerNo: string;
  eventPosition: string;
}

/** A server's `input.findings.0.deductions.1.points` is the form's ['findings', 0, 'deductions', 1, 'points']. */
const KNOWN = /^(districtId|kind|inspectedOn|period|officialIds|findings\.\d+\.(summary|officialId|eventPosition|deductions\.\d+\.(points|reason))|publicCriticism\.(title|text|officialIds))(\.\d+)?$/;
function fieldOf(path: string): (string | number)[] | null {
  if (!KNOWN.test(path)) return null;
  return path.replace(/^(officialIds|publicCriticism\.officialIds)\.\d+$/, '$1').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** 记录督查: an inspection of a tenant, its findings (each citing a ledger event), deductions and any 通报批评. */
export default function InspectionForm() {
  const t = useT();
  const navigate = useNavigate();
  const suggestion = (useLocation().state as { suggestion?: Suggestion } | null)?.suggestion;
  const [form] = Form.useForm<Values>();
  const districtId = Form.useWatch('districtId', form) ?? suggestion?.districtId;
  const criticise = Form.useWatch('criticise', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const options = useQuery(InspectionOptionsQuery, { variables: { districtId: districtId ?? '', withOfficials: Boolean(districtId) } });
  const [record, { loading }] = useMutation(RecordInspectionMutation);
  const officials = (options.data?.district?.officials.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name}（${node.id}）` }));

  const submit = async (values: Values) => {
    setFailure(null);
    const input = {
      idempotencyKey,
      districtId: values.districtId,
      kind: values.kind,
      inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
      period: values.period ? values.period.format('YYYY-MM') : null,
      officialIds: values.officialIds ?? [],
      findings: values.findings.map((f) => ({
        summary: f.summary,
        officialId: f.officialId ?? null,
        eventPosition: f.eventPosition ?? null,
        deductions: (f.deductions ?? []).map((d) => ({ points: d.points, reason: d.reason })),
      })),
      publicCriticism: values.criticise && values.publicCriticism ? { ...values.publicCriticism, officialIds: values.publicCriticism.officialIds ?? [] } : null,
    };
    const result = await attempt(() => record({ variables: { input }, errorPolicy: 'all' }));
    if (result.errors?.length) return setFailure(showErrors(form, result.errors, t, fieldOf));
    navigate('/inspections', { state: { recorded: result.data?.recordInspection.id } });
  };

  return (
    <div>
      <div className="page-header">
        <h1>{t('inspector.new')}</h1>
      </div>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        style={{ maxWidth: 880 }}
        initialValues={{
          kind: 'UNANNOUNCED',
          inspectedOn: dayjs(),
          districtId: suggestion?.districtId,
          officialIds: suggestion?.officialId ? [suggestion.officialId] : [],
          findings: [suggestion ? { summary: suggestion.summary, officialId: suggestion.officialId ?? undefined, ledgerNo: suggestion.ledgerNo, eventPosition: suggestion.eventPosition } : { summary: '' }],
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // Another tenant's officials are not this inspection's.
          if (changed.districtId) form.setFieldsValue({ officialIds: [], findings: form.getFieldValue('findings').map((f: FindingValues) => ({ ...f, officialId: undefined })) });
        }}
      >
        <Card size="small" style={{ marginBottom: 12 }}>
          <Space wrap align="start" size={16}>
            <Form.Item name="districtId" label={t('inspector.district')} rules={[{ required: true, message: t('issue.required') }]}>
              <Select style={{ width: 200 }} showSearch optionFilterProp="label" loading={options.loading} options={(options.data?.city?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
            <Form.Item name="kind" label={t('inspector.kind')} rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={KINDS.map((kind) => ({ value: kind, label: t(`inspector.kind.${kind}` as MessageKey) }))} />
            </Form.Item>
            <Form.Item name="inspectedOn" label={t('inspector.inspectedOn')} rules={[{ required: true, message: t('issue.required') }]}>
              <DatePicker allowClear={false} />
            </Form.Item>
            <Form.Item name="period" label={t('inspector.period')} extra={t('inspector.periodHelp')}>
              <DatePicker picker="month" />
            </Form.Item>
          </Space>
          <Form.Item name="officialIds" label={t('inspector.officials')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={officials} disabled={!districtId} />
          </Form.Item>
        </Card>

        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('inspector.findingN', { n: index + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={fields.length > 1 ? <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('inspector.removeFinding')} /> : null}
                >
                  <Form.Item name={[field.name, 'summary']} label={t('inspector.summary')} rules={[{ required: true, message: t('issue.required') }]}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                  <Space wrap align="start" size={16}>
                    <Form.Item name={[field.name, 'officialId']} label={t('inspector.findingOfficial')}>
                      <Select style={{ width: 220 }} allowClear showSearch optionFilterProp="label" options={officials} disabled={!districtId} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'ledgerNo']} label={t('inspector.ledgerNo')} rules={[{ pattern: /^\s*\d{6}-\d{4}-\d{6}\s*$/, message: t('inspector.ledgerNoFormat') }]}>
                      <Input style={{ width: 200 }} placeholder="610111-2016-000123" />
                    </Form.Item>
                  </Space>
                  <Form.Item noStyle dependencies={[['findings', field.name, 'ledgerNo']]}>
                    {() => (
                      <Form.Item name={[field.name, 'eventPosition']} label={t('inspector.citedEvent')}>
                        <EventPicker ledgerNo={form.getFieldValue(['findings', field.name, 'ledgerNo'])} />
                      </Form.Item>
                    )}
                  </Form.Item>
                  <Form.List name={[field.name, 'deductions']}>
                    {(deductions, actions) => (
                      <>
                        {deductions.map((deduction) => (
                          <Space key={deduction.key} wrap align="start" size={16}>
                            <Form.Item name={[deduction.name, 'points']} label={t('inspector.points')} rules={[{ required: true, message: t('issue.required') }]}>
                              <InputNumber min={0} step={0.5} style={{ width: 120 }} />
                            </Form.Item>
                            <Form.Item name={[deduction.name, 'reason']} label={t('inspector.deductionReason')} rules={[{ required: true, message: t('issue.required') }]}>
                              <Input style={{ width: 360 }} maxLength={500} />
                            </Form.Item>
                            <Button type="text" icon={<MinusCircleOutlined />} onClick={() => actions.remove(deduction.name)} aria-label={t('inspector.removeDeduction')} style={{ marginTop: 30 }} />
                          </Space>
                        ))}
                        <Button type="dashed" icon={<PlusOutlined />} onClick={() => actions.add({ points: 1 })}>
                          {t('inspector.addDeduction')}
                        </Button>
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ summary: '' })} style={{ marginBottom: 12 }}>
                {t('inspector.addFinding')}
              </Button>
            </>
          )}
        </Form.List>

        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="criticise" valuePropName="checked" style={{ marginBottom: criticise ? 12 : 0 }}>
            <Checkbox>{t('inspector.criticise')}</Checkbox>
          </Form.Item>
          {criticise && (
            <>
              <Form.Item name={['publicCriticism', 'title']} label={t('inspector.criticismTitle')} rules={[{ required: true, message: t('issue.required') }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={['publicCriticism', 'text']} label={t('inspector.criticismText')} rules={[{ required: true, message: t('issue.required') }]}>
                <Input.TextArea rows={4} maxLength={5000} />
              </Form.Item>
              <Form.Item name={['publicCriticism', 'officialIds']} label={t('inspector.criticismOfficials')}>
                <Select mode="multiple" showSearch optionFilterProp="label" options={officials} disabled={!districtId} />
              </Form.Item>
            </>
          )}
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('inspector.record')}
          </Button>
          <Button onClick={() => navigate('/inspections')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
