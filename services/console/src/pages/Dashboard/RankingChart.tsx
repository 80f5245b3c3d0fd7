import { Chart } from '../../components/Chart';
import type { CityDashboardQuery } from '../../gql/graphql';
import { useT } from '../../locales';
import { Empty } from 'antd';

type DistrictRow = NonNullable<CityDashboardQuery['city']>['districts'][number];

/** The month's ranking: each tenant's score, best first. */
export function RankingChart({ districts }: { districts: DistrictRow[] }) {
  const t = useT();
  const ranked = districts.filter((d) => d.ranking).sort((a, b) => a.ranking!.rank - b.ranking!.rank);
  if (!ranked.length) return <Empty description={t('dashboard.noRanking')} />;
  return (
    <Chart
      label={t('dashboard.rankingChartLabel')}
      height={Math.max(320, ranked.length * 18)}
      option={{
        grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: ranked.map((d) => `${d.ranking!.rank}. ${d.name}`) },
        series: [{ type: 'bar', name: t('dashboard.col.score'), data: ranked.map((d) => Number(d.ranking!.score.toFixed(1))), itemStyle: { color: '#b71c1c' }, label: { show: true, position: 'right' } }],
      }}
    />
  );
}
