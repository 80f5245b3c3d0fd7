import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Skeleton, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatPeriod } from '../../components/format';
import { attempt, showErrors } from '../../components/submit';
import { graphql } from '../../gql';
import type { CampaignRulesFormFragment, DeadlineUnit, IssueCategory } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';
import { CATEGORIES } from '../Ledger';

export const CampaignRulesFormFragmentDoc = graphql(`
  fragment CampaignRulesForm on CampaignRules {
    version
    effectiveFrom
    minVisitsPerMonth
    deadlineUnit
    reportDueDay
    disqualifyingDeduction
    minimumSample
    publishedAt
    publishedBy
    deadlines {
      category
      responseHours
      resolutionDays
      responseDays
    }
    weights {
      visits
      report
      response
      resolution
      satisfaction
    }
    commendationQuotas {
      outstanding
      excellent
    }
    escalationDecisionDays {
      DISTRICT
      CITY
    }
    visitReminderDay
    reportReminderDays
    confirmationReminderDays
  }
`);

const CampaignRulesQuery = graphql(`
  query CampaignRules {
    city {
      campaign {
        id
        name
        rules {
          ...CampaignRulesForm
        }
        ruleVersions {
          version
          effectiveFrom
          deadlineUnit
          publishedAt
          publishedBy
        }
      }
    }
  }
`);

const PublishCampaignRulesMutation = graphql(`
  mutation PublishCampaignRules($input: PublishCampaignRulesInput!) {
    publishCampaignRules(input: $input) {
      rules {
        ...CampaignRulesForm
      }
    }
  }
`);

const WEIGHTS = ['visits', 'report', 'response', 'resolution', 'satisfaction'] as const;
const UNITS: DeadlineUnit[] = ['CALENDAR', 'WORKING_DAYS', 'WORKING_HOURS'];
type Deadline = { responseHours: number; resolutionDays: number; responseDays?: number | null };
/** The reminders' settings and their bounds, as the city service checks them (rules.ts validateRules). */
const REMINDERS = [
  ['visitReminderDay', 1, 28],
  ['reportReminderDays', 1, 20],
  ['confirmationReminderDays', 1, 30],
] as const;

/** A server's field path as the form's name; a whole group (the weights' sum, a missing category) has no field of its own. */
function fieldOfRules(path: string): string[] | null {
  const parts = path.split('.');
  return parts.length === 1 && ['deadlines', 'weights', 'commendationQuotas', 'escalationDecisionDays'].includes(parts[0]) ? null : parts;
}

interface Values {
  effectiveFrom: Dayjs;
  minVisitsPerMonth: number;
  deadlineUnit: DeadlineUnit;
  reportDueDay: number;
  disqualifyingDeduction: number;
  minimumSample: number;
  deadlines: Record<IssueCategory, Deadline>;
  weights: Record<(typeof WEIGHTS)[number], number>;
  commendationQuotas: { outstanding: number; excellent: number };
  escalationDecisionDays: { DISTRICT: number; CITY: number };
  visitReminderDay: number;
  reportReminderDays: number;
  confirmationReminderDays: number;
}

function initialValues(rules: CampaignRulesFormFragment | null | undefined): Partial<Values> {
  if (!rules) return { effectiveFrom: dayjs().startOf('month') };
  const { deadlines, version: _v, publishedAt: _a, publishedBy: _b, effectiveFrom, ...rest } = rules;
  const month = dayjs().startOf('month');
  return {
    ...(rest as Omit<Values, 'deadlines' | 'effectiveFrom'>),
    effectiveFrom: dayjs(`${effectiveFrom}-01`).isAfter(month) ? dayjs(`${effectiveFrom}-01`).add(1, 'month') : month.add(1, 'month'),
    deadlines: Object.fromEntries(deadlines.map((d) => [d.category, { responseHours: d.responseHours, resolutionDays: d.resolutionDays, responseDays: d.responseDays }])) as Values['deadlines'],
  };
}

/** 考核规则: the rules in force, the versions published, and a form for the next version. */
export default function Rules() {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CampaignRulesQuery);
  const campaign = data?.city?.campaign;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('rules.title')}</h1>
          {campaign && <Typography.Text type="secondary">{campaign.name} · {campaign.rules ? t('rules.inForce', { version: campaign.rules.version }) : t('rules.noneYet')}</Typography.Text>}
        </div>
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <RulesForm key={campaign?.rules?.version ?? 0} rules={campaign?.rules} onPublished={() => void refetch()} />
        </Col>
        <Col xs={24} xl={8}>
          {campaign?.rules && <RemindersInForce rules={campaign.rules} />}
          <Card size="small" title={t('rules.versions')}>
            <Table
              size="small"
              rowKey="version"
              pagination={false}
              aria-label={t('rules.versions')}
              dataSource={[...(campaign?.ruleVersions ?? [])].reverse()}
              columns={[
                { title: t('rules.version'), dataIndex: 'version' },
                { title: t('rules.effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => formatPeriod(v, locale) },
                { title: t('rules.deadlineUnit'), dataIndex: 'deadlineUnit', render: (v: DeadlineUnit) => t(`rules.unit.${v}` as MessageKey) },
                { title: t('rules.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v, locale) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** The form for the next version, prefilled with the version in force; the server's refusals go under their fields. */
function RulesForm({ rules, onPublished }: { rules: CampaignRulesFormFragment | null | undefined; onPublished: () => void }) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [published, setPublished] = useState<{ version: number; effectiveFrom: string } | null>(null);
  const [publish, { loading }] = useMutation(PublishCampaignRulesMutation);
  const unit = Form.useWatch('deadlineUnit', form);

  const submit = async (values: Values) => {
    setFailure(null);
    setPublished(null);
    const input = {
      ...values,
      effectiveFrom: values.effectiveFrom.format('YYYY-MM'),
      deadlines: CATEGORIES.map((category) => ({ category, ...values.deadlines[category], responseDays: values.deadlines[category].responseDays ?? null })),
    };
    const result = await attempt(() => publish({ variables: { input }, errorPolicy: 'all' }));
    if (result.errors?.length) {
      // A field's refusal in the page's language, by the field it names; the rest as the server said it.
      const errors = result.errors.map((e) => {
        const leaf = typeof e.extensions?.field === 'string' ? e.extensions.field.split('.').pop() : undefined;
        const key = `rules.error.${leaf}` as MessageKey;
        return locale === 'zh-CN' && leaf && t(key) !== key ? { ...e, message: t(key) } : e;
      });
      return setFailure(showErrors(form, errors, t, fieldOfRules));
    }
    const next = result.data?.publishCampaignRules.rules;
    if (next) setPublished({ version: next.version, effectiveFrom: next.effectiveFrom });
    onPublished();
  };

  const number = (name: (string | number)[], label: string, props: { min?: number; max?: number; step?: number } = {}) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('issue.required') }]}>
      <InputNumber {...props} style={{ width: 140 }} />
    </Form.Item>
  );

  return (
    <Card size="small" title={t('rules.next')}>
      {published && <Alert type="success" showIcon role="status" title={t('rules.published', { version: published.version, period: formatPeriod(published.effectiveFrom, locale) })} style={{ marginBottom: 12 }} />}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues(rules)} onFinish={submit} scrollToFirstError>
        <Space wrap align="start" size={16}>
          <Form.Item name="effectiveFrom" label={t('rules.effectiveFrom')} rules={[{ required: true, message: t('issue.required') }]}>
            <DatePicker picker="month" allowClear={false} format={(v) => formatPeriod(v.format('YYYY-MM'), locale)} />
          </Form.Item>
          <Form.Item name="deadlineUnit" label={t('rules.deadlineUnit')} rules={[{ required: true }]}>
            <Select style={{ width: 180 }} options={UNITS.map((u) => ({ value: u, label: t(`rules.unit.${u}` as MessageKey) }))} />
          </Form.Item>
          {number(['minVisitsPerMonth'], t('rules.minVisitsPerMonth'))}
          {number(['reportDueDay'], t('rules.reportDueDay'))}
        </Space>
        <Typography.Title level={5}>{t('rules.deadlines')}</Typography.Title>
        <Table
          size="small"
          rowKey={(c) => c}
          pagination={false}
          dataSource={CATEGORIES}
          aria-label={t('rules.deadlines')}
          columns={[
            { title: t('issue.category'), render: (_, c) => t(`category.${c}` as MessageKey), width: 120 },
            ...(['responseHours', 'resolutionDays', ...(unit && unit !== 'CALENDAR' ? ['responseDays'] : [])] as const).map((key) => ({
              title: t(`rules.${key}` as MessageKey),
              render: (_: unknown, c: IssueCategory) => (
                <Form.Item name={['deadlines', c, key]} style={{ marginBottom: 0 }} rules={key === 'responseDays' ? [] : [{ required: true, message: t('issue.required') }]}>
                  {/* Named for screen readers (and the tests) by its row and column: 审批 办结时限（天）. */}
                  <InputNumber style={{ width: 120 }} aria-label={`${t(`category.${c}` as MessageKey)} ${t(`rules.${key}` as MessageKey)}`} />
                </Form.Item>
              ),
            })),
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>{t('rules.weights')}</Typography.Title>
        <Space wrap align="start" size={16}>
          {WEIGHTS.map((w) => number(['weights', w], t(`rules.weight.${w}` as MessageKey), { min: 0, max: 1, step: 0.05 }))}
        </Space>
        <Typography.Title level={5}>{t('rules.other')}</Typography.Title>
        <Space wrap align="start" size={16}>
          {number(['escalationDecisionDays', 'DISTRICT'], t('rules.decision.DISTRICT'))}
          {number(['escalationDecisionDays', 'CITY'], t('rules.decision.CITY'))}
          {number(['commendationQuotas', 'outstanding'], t('rules.quota.outstanding'))}
          {number(['commendationQuotas', 'excellent'], t('rules.quota.excellent'))}
          {number(['disqualifyingDeduction'], t('rules.disqualifyingDeduction'), { step: 0.5 })}
          {number(['minimumSample'], t('rules.minimumSample'))}
        </Space>
        <Typography.Title level={5}>{t('rules.reminders')}</Typography.Title>
        <Space wrap align="start" size={16}>
          {REMINDERS.map(([name, min, max]) => (
            <Form.Item
              key={name}
              name={name}
              label={t(`rules.${name}`)}
              extra={t(`rules.help.${name}`)}
              style={{ maxWidth: 240 }}
              rules={[
                { required: true, message: t('issue.required') },
                { type: 'integer', min, max, message: t(`rules.error.${name}`) },
              ]}
            >
              <InputNumber style={{ width: 140 }} />
            </Form.Item>
          ))}
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('rules.publish')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/** The reminders of the version in force, as the officials and enterprises meet them this month. */
function RemindersInForce({ rules }: { rules: CampaignRulesFormFragment }) {
  const { t } = useLocale();
  const title = t('rules.remindersInForce', { version: rules.version });
  return (
    <Card size="small" role="region" aria-label={title} title={title} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={1} items={REMINDERS.map(([name]) => ({ key: name, label: t(`rules.${name}`), children: t(`rules.inForce.${name}`, { n: rules[name] }) }))} />
    </Card>
  );
}
