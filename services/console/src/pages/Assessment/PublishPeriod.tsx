import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { describeError } from '../../apollo/errors';
import { formatDateTime, formatPeriod } from '../../components/format';
import { attempt } from '../../components/submit';
import { AssessmentPeriodsQuery } from '../../components/usePeriods';
import { graphql } from '../../gql';
import { useLocale } from '../../locales';

const PublishPeriodMutation = graphql(`
  mutation PublishPeriod($period: String!) {
    publishPeriod(period: $period) {
      period
      rulesVersion
      scorecards
      rankings
    }
  }
`);

/** 发布考核结果: freezes the month's scorecards and ranking (the city office), once. */
export function PublishPeriod({ period, onPublished }: { period: string; periods: string[]; onPublished: () => void }) {
  const { t, locale } = useLocale();
  const periods = useQuery(AssessmentPeriodsQuery, { fetchPolicy: 'cache-and-network' });
  const [publish, { loading }] = useMutation(PublishPeriodMutation, { refetchQueries: [AssessmentPeriodsQuery] });
  const [message, setMessage] = useState<{ type: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const state = periods.data?.city?.assessmentPeriods.find((p) => p.period === period);

  const run = async () => {
    setMessage(null);
    const result = await attempt(() => publish({ variables: { period }, errorPolicy: 'all' }));
    if (result.errors?.length) {
      const already = result.errors.some((e) => e.extensions?.reason === 'ALREADY_PUBLISHED');
      setMessage(already ? { type: 'warning', text: t('assessment.alreadyPublished', { period: formatPeriod(period, locale) }) } : { type: 'error', text: describeError(result.errors, t) });
      return;
    }
    const done = result.data?.publishPeriod;
    if (done) setMessage({ type: 'success', text: t('assessment.publishedNow', { period: formatPeriod(done.period, locale), scorecards: done.scorecards, rankings: done.rankings, version: done.rulesVersion }) });
    onPublished();
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('assessment.publishing')}>
      {message && <Alert type={message.type} showIcon role="status" title={message.text} style={{ marginBottom: 8 }} />}
      <Space wrap>
        <span>{formatPeriod(period, locale)}</span>
        {state?.published ? (
          <>
            <Tag color="green">{t('assessment.published')}</Tag>
            <Typography.Text type="secondary">{t('assessment.publishedAt', { at: formatDateTime(state.publishedAt, locale), version: state.rulesVersion ?? '—' })}</Typography.Text>
          </>
        ) : (
          <>
            <Tag color="blue">{t('assessment.live')}</Tag>
            <Popconfirm title={t('assessment.publishConfirm', { period: formatPeriod(period, locale) })} okText={t('assessment.publish')} cancelText={t('common.cancel')} onConfirm={() => void run()}>
              <Button type="primary" loading={loading}>{t('assessment.publish')}</Button>
            </Popconfirm>
          </>
        )}
      </Space>
    </Card>
  );
}
