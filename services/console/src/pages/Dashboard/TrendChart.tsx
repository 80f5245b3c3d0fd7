import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Card, Select, Skeleton } from 'antd';
import { Chart } from '../../components/Chart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatPeriod, lastTwelve } from '../../components/format';
import { graphql } from '../../gql';
import { useLocale } from '../../locales';

/** Twelve months of the city's rankings (aliases: one list per month), for the trend chart. */
const RankingTrendQuery = graphql(`
  query RankingTrend($m1: String!, $m2: String!, $m3: String!, $m4: String!, $m5: String!, $m6: String!, $m7: String!, $m8: String!, $m9: String!, $m10: String!, $m11: String!, $m12: String!) {
    city {
      m1: rankings(period: $m1) { ...TrendPoint }
      m2: rankings(period: $m2) { ...TrendPoint }
      m3: rankings(period: $m3) { ...TrendPoint }
      m4: rankings(period: $m4) { ...TrendPoint }
      m5: rankings(period: $m5) { ...TrendPoint }
      m6: rankings(period: $m6) { ...TrendPoint }
      m7: rankings(period: $m7) { ...TrendPoint }
      m8: rankings(period: $m8) { ...TrendPoint }
      m9: rankings(period: $m9) { ...TrendPoint }
      m10: rankings(period: $m10) { ...TrendPoint }
      m11: rankings(period: $m11) { ...TrendPoint }
      m12: rankings(period: $m12) { ...TrendPoint }
    }
  }
  fragment TrendPoint on Ranking {
    districtId
    visitCompliance
    responseRate
    resolutionRate
    satisfactionRate
  }
`);

type Point = { districtId: string; visitCompliance?: number | null; responseRate?: number | null; resolutionRate?: number | null; satisfactionRate?: number | null };
const RATES = ['visitCompliance', 'responseRate', 'resolutionRate', 'satisfactionRate'] as const;

/**
 * The months up to `period`, at most 12, from the first that has figures: the campaign began in
 * 2016, and the calendar's months before it would only draw an empty chart.
 */
function trendMonths(period: string, periods: string[]): string[] {
  const first = [...periods].sort()[0];
  const months = lastTwelve(period);
  return first && first <= period ? months.filter((m) => m >= first) : months;
}

/** Visit compliance and the three rates over the 12 months up to the chosen one, per tenant. */
export function TrendChart({ period, periods, districts }: { period: string; periods: string[]; districts: Array<{ id: string; name: string }> }) {
  const { t, locale } = useLocale();
  const months = trendMonths(period, periods);
  const [districtId, setDistrictId] = useState<string | undefined>(undefined);
  const chosen = districtId ?? districts[0]?.id;
  // Twelve slots in the query: those beyond the months shown repeat the first (read once per month).
  const variables = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${i + 1}`, months[i] ?? months[0]])) as Record<`m${number}`, string>;
  const { data, loading, error, refetch } = useQuery(RankingTrendQuery, { variables: variables as never });
  const city = data?.city as Record<string, Point[]> | undefined;
  const series = RATES.map((rate) => ({
    type: 'line' as const,
    name: t(`dashboard.col.${rate}`),
    connectNulls: false,
    data: months.map((_, i) => {
      const point = city?.[`m${i + 1}`]?.find((p) => p.districtId === chosen);
      const value = point?.[rate];
      return value === null || value === undefined ? null : Number((value * 100).toFixed(1));
    }),
  }));
  return (
    <Card
      size="small"
      title={t('dashboard.trendChart')}
      extra={
        <span>
          <label htmlFor="trend-district" style={{ marginRight: 8 }}>{t('dashboard.col.tenant')}</label>
          <Select id="trend-district" style={{ width: 160 }} value={chosen} onChange={setDistrictId} options={districts.map((d) => ({ value: d.id, label: d.name }))} showSearch optionFilterProp="label" />
        </span>
      }
    >
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        <Chart
          label={t('dashboard.trendChart')}
          option={{
            tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${v}%`) },
            legend: { top: 0 },
            grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: months.map((m) => formatPeriod(m, locale)) },
            yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            series,
          }}
        />
      )}
    </Card>
  );
}
