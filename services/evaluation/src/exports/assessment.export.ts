import { z } from '@qinshang/config';
import { defineExport, exportParams } from '@qinshang/subgraph';
import { assertCan } from '../access/permissions';
import { RankingQueries } from '../ranking/ranking.queries';
import type { Ranking } from '../ranking/ranking.type';
import { ScorecardQueries } from '../scorecard/scorecard.queries';
import type { Scorecard } from '../scorecard/scorecard.type';

const rate = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 1000) / 10);
const REPORT_LABELS: Record<string, string> = { NOT_REQUIRED: '无需报送', ON_TIME: '按时', LATE: '迟报', MISSING: '未报', PENDING: '待报' };

/** The figures every scorecard and ranking line shares, as percentages. */
const FIGURES = [
  { header: '走访次数', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.visits },
  { header: '应走访次数', kind: 'number' as const, width: 10, value: (r: Scorecard | Ranking) => r.requiredVisits },
  { header: '走访达标率(%)', kind: 'number' as const, width: 12, value: (r: Scorecard | Ranking) => rate(r.visitCompliance) },
  { header: '月报按时', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.reportsOnTime },
  { header: '月报迟报', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.reportsLate },
  { header: '月报未报', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.reportsMissing },
  { header: '按时答复率(%)', kind: 'number' as const, width: 12, value: (r: Scorecard | Ranking) => rate(r.responseRate) },
  { header: '按期解决率(%)', kind: 'number' as const, width: 12, value: (r: Scorecard | Ranking) => rate(r.resolutionRate) },
  { header: '满意率(%)', kind: 'number' as const, width: 10, value: (r: Scorecard | Ranking) => rate(r.satisfactionRate) },
  { header: '逾期问题', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.overdue },
  { header: '上报问题', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.escalations },
  { header: '扣分', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.deductions },
  { header: '得分', kind: 'number' as const, width: 8, value: (r: Scorecard | Ranking) => r.score },
];

const scorecardFilters = z.object({ period: exportParams.period, districtId: exportParams.districtId }).strict();

/** A month's scorecards (考核) of a tenant's officials: what `scorecards(period, districtId)` gives. */
export const scorecardsExport = defineExport<z.infer<typeof scorecardFilters>, Scorecard & { name: string | null }>({
  name: 'scorecards',
  title: '干部考核',
  filters: scorecardFilters,
  admit: (caller) => assertCan(caller, 'READ_SCORECARD'),
  fileSuffix: (f) => `${f.districtId}-${f.period}`,
  columns: [
    { header: '月份', kind: 'text', width: 8, value: (r) => r.period },
    { header: '干部编号', kind: 'text', width: 14, value: (r) => r.officialId },
    { header: '助企干部', kind: 'text', width: 10, value: (r) => r.name },
    { header: '包抓企业', kind: 'number', width: 8, value: (r) => r.pairedEnterprises },
    ...FIGURES,
    { header: '月报', kind: 'text', width: 8, value: (r) => REPORT_LABELS[r.reportStatus] ?? r.reportStatus },
    { header: '已发布', kind: 'text', width: 6, value: (r) => (r.published ? '是' : '否') },
  ],
  async load(db, caller, filter) {
    const cards = await new ScorecardQueries(() => db.manager(), caller).list(filter.period, filter.districtId, null);
    const names = new Map(
      (await db.query<{ official_id: string; name: string }>('SELECT official_id, name FROM evaluation.official WHERE official_id = ANY($1)', [cards.map((c) => c.officialId)])).map((r) => [r.official_id, r.name]),
    );
    return cards.map((card) => ({ ...card, name: names.get(card.officialId) ?? null }));
  },
});

const rankingFilters = z.object({ period: exportParams.period }).strict();

/** A month's ranking of the tenants (排名): the lines `District.ranking` / the dashboard show the caller. */
export const rankingsExport = defineExport<z.infer<typeof rankingFilters>, Ranking & { name?: string | null }>({
  name: 'rankings',
  title: '区县排名',
  filters: rankingFilters,
  admit: (caller) => assertCan(caller, 'READ_RANKING'),
  fileSuffix: (f) => f.period,
  columns: [
    { header: '月份', kind: 'text', width: 8, value: (r) => r.period },
    { header: '排名', kind: 'number', width: 6, value: (r) => r.rank },
    { header: '区县', kind: 'text', width: 12, value: (r) => r.name ?? r.districtId },
    { header: '同类排名', kind: 'number', width: 8, value: (r) => r.peerRank },
    { header: '干部人数', kind: 'number', width: 8, value: (r) => r.officials },
    ...FIGURES,
    { header: '已发布', kind: 'text', width: 6, value: (r) => (r.published ? '是' : '否') },
  ],
  load: (db, caller, filter) => new RankingQueries(() => db.manager(), caller).forPeriod(filter.period),
});
