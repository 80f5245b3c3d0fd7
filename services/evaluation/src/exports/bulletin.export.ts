import { z } from '@qinshang/config';
import { defineExport, exportParams, type ExportColumn, type ExportSheet } from '@qinshang/subgraph';
import { assertCan } from '../access/permissions';
import { BulletinQueries } from '../bulletin/bulletin.queries';
import type { Bulletin, BulletinProblemPart, BulletinSection } from '../bulletin/bulletin.type';
import { CATEGORIES, EXCUSE_REASONS, PATHS, PROBLEM_CLASSES, VISIT_GROUPS } from '../bulletin/bulletin.figures';
import { RankingQueries } from '../ranking/ranking.queries';

/** The bulletin's terms as the printed page has them (the console's zh-CN labels). */
const VISIT_LABELS: Record<string, string> = { THREE_OR_MORE: '服务3次及以上（人）', TWO: '服务2次（人）', ONE: '服务1次（人）', NONE: '未服务（人）' };
const REASON_LABELS: Record<string, string> = { AWAY_ON_DUTY: '公务外出', ENTERPRISE_DECLINED: '企业婉拒', ILLNESS: '生病', TRAINING: '培训', NOT_RECORDED: '未说明' };
const CLASS_LABELS: Record<string, string> = { A: 'A类', B: 'B类', C: 'C类', D: 'D类', UNCLASSIFIED: '未分类' };
const PATH_LABELS: Record<string, string> = { ON_SPOT: '当场解决', ASSIGNED: '交办', ESCALATED: '上报', PENDING: '待处理' };
const CATEGORY_LABELS: Record<string, string> = {
  LABOR: '用工',
  LAND: '用地',
  APPROVAL: '审批',
  FINANCING: '融资',
  TRANSPORT: '交通运输',
  ENVIRONMENT: '发展环境',
  POLICY: '政策支持',
  INFRASTRUCTURE: '基础设施',
  OTHER: '其他',
};
const TOTAL = '合计';

/** The same arguments as `bulletin(period, districtId, yearToDate)`. */
const filters = z.object({ period: exportParams.period, districtId: exportParams.districtId.optional(), yearToDate: exportParams.flag.optional() }).strict();
type Filters = z.infer<typeof filters>;

/** A row of a per-tenant part: a tenant's column of the bulletin, or the total's. */
interface TenantRow {
  name: string;
  total: boolean;
  s: BulletinSection;
}

/** A row of a per-class or per-category part. */
interface PartRow {
  name: string;
  total: boolean;
  p: Pick<BulletinProblemPart, 'collected' | 'solved' | 'unsolvable' | 'open' | 'solvedRate'>;
}

/** An ISO instant as Asia/Shanghai's wall clock, to the minute. */
const localTime = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);
const count = <R>(header: string, value: (row: R) => number | null | undefined, width = 10): ExportColumn<R> => ({ header, kind: 'number', width, value });
/** A figure of a tenant's (or the total's) column. */
const figure = (header: string, value: (s: BulletinSection, row: TenantRow) => number | null | undefined, width = 10) => count<TenantRow>(header, (row) => value(row.s, row), width);
const countOf = (parts: Array<{ key: string; count: number }>, key: string) => parts.find((p) => p.key === key)?.count ?? 0;
const problemOf = (parts: BulletinProblemPart[], key: string) => parts.find((p) => p.key === key);

const tenantColumn: ExportColumn<TenantRow> = { header: '区县', kind: 'text', width: 16, value: (r) => r.name };

/** The bulletin's parts, as the printed page has them, each with its totals row (the city's, or the tenant's own). */
function sheetsOf(b: Bulletin): ExportSheet[] {
  const range = b.yearToDate ? `${b.fromPeriod}至${b.toPeriod}` : b.period;
  const scope = b.total.districtId ? (b.total.name ?? b.total.districtId) : '全市';
  const caption = `千人亲商助企活动简报 ${scope} ${range}（数据截至 ${localTime(b.asOf)}）`;
  const rows: TenantRow[] = [...b.tenants.map((s) => ({ name: s.name ?? s.districtId ?? '', total: false, s })), { name: TOTAL, total: true, s: b.total }];
  const isTotal = (row: { total: boolean }) => row.total;
  const partRows = (parts: BulletinProblemPart[], labels: Record<string, string>, keys: readonly string[]): PartRow[] => [
    ...keys.map((key) => ({ name: labels[key] ?? key, total: false, p: problemOf(parts, key)! })),
    { name: TOTAL, total: true, p: { collected: b.total.problems, solved: b.total.solved, unsolvable: b.total.unsolvable, open: b.total.open, solvedRate: b.total.solvedRate } },
  ];
  const problemColumns: ExportColumn<PartRow>[] = [
    count<PartRow>('收集问题', (r) => r.p.collected),
    count<PartRow>('已解决', (r) => r.p.solved),
    count<PartRow>('暂不能解决', (r) => r.p.unsolvable),
    count<PartRow>('未解决', (r) => r.p.open),
    count<PartRow>('解决率(%)', (r) => percent(r.p.solvedRate)),
  ];
  return [
    {
      title: '一、助企干部服务企业情况',
      caption,
      isTotal,
      rows,
      columns: [
        tenantColumn,
        figure('助企干部', (s) => s.officials),
        figure('干部·月', (s) => s.officialMonths),
        figure('对接企业', (s) => s.enterprisesPaired),
        figure('服务企业', (s) => s.enterprisesServed),
        figure('服务次数', (s) => s.visits),
        ...VISIT_GROUPS.map((g) => figure(VISIT_LABELS[g], (s) => countOf(s.officialsByVisits, g), 12)),
        ...EXCUSE_REASONS.map((reason) => figure(`未服务·${REASON_LABELS[reason]}（人）`, (s) => countOf(s.unvisitedByReason, reason), 14)),
      ],
    },
    {
      title: '二、按月上报情况',
      caption,
      isTotal,
      rows,
      columns: [
        tenantColumn,
        figure('应报', (s) => s.reports.expected),
        figure('按时', (s) => s.reports.onTime),
        figure('迟报', (s) => s.reports.late),
        figure('未报', (s) => s.reports.missing),
        figure('待报', (s) => s.reports.pending),
      ],
    },
    {
      title: '三、问题收集与解决情况',
      caption,
      isTotal,
      rows,
      columns: [
        tenantColumn,
        figure('收集问题', (s) => s.problems),
        ...PROBLEM_CLASSES.map((c) => figure(CLASS_LABELS[c], (s) => problemOf(s.byClass, c)?.collected ?? 0, 8)),
        ...PATHS.map((p) => figure(PATH_LABELS[p], (s) => countOf(s.byPath, p), 8)),
        figure('已解决', (s) => s.solved),
        figure('暂不能解决', (s) => s.unsolvable),
        figure('未解决', (s) => s.open),
        figure('解决率(%)', (s) => percent(s.solvedRate)),
        figure('超期未解决', (s) => s.overdue),
        figure('上报次数', (s) => s.escalations),
        figure('上报区级', (s) => s.escalationsToDistrict),
        figure('上报市级', (s) => s.escalationsToCity),
      ],
    },
    {
      title: '四、问题分类解决情况',
      caption,
      isTotal,
      rows: partRows(b.total.byClass, CLASS_LABELS, PROBLEM_CLASSES),
      columns: [{ header: '问题分类', kind: 'text', width: 12, value: (r: PartRow) => r.name }, ...problemColumns],
    },
    {
      title: '五、问题类别解决情况',
      caption,
      isTotal,
      rows: partRows(b.total.byCategory, CATEGORY_LABELS, CATEGORIES),
      columns: [{ header: '问题类别', kind: 'text', width: 12, value: (r: PartRow) => r.name }, ...problemColumns],
    },
    {
      title: '六、考核排名与督查情况',
      caption,
      isTotal,
      // Ranked first; the total has no rank of its own.
      rows: [...rows].sort((a, c) => (a.total ? 1 : c.total ? -1 : (a.s.rank ?? 999) - (c.s.rank ?? 999))),
      columns: [
        tenantColumn,
        figure('排名', (s, r) => (r.total ? null : s.rank), 6),
        figure('得分', (s, r) => (r.total || s.score === null ? null : Math.round(s.score * 10) / 10), 8),
        figure('督查次数', (s) => s.inspections),
        figure('扣分次数', (s) => s.deductions),
        figure('扣分', (s) => s.deductionPoints, 8),
      ],
    },
  ];
}

/**
 * 简报 as .xlsx (a worksheet per part) or .csv (a section per part): what `bulletin(period,
 * districtId, yearToDate)` gives the caller, computed by the same code in the caller's
 * transaction (a district office gets its own tenant only; another's is FORBIDDEN).
 */
export const bulletinExport = defineExport<Filters, unknown>({
  name: 'bulletin',
  title: '活动简报',
  filters,
  admit: (caller) => assertCan(caller, 'READ_BULLETIN'),
  fileSuffix: (f) => [f.districtId, f.period, f.yearToDate ? '累计' : null].filter(Boolean).join('-'),
  async sheets(db, caller, filter) {
    const manager = () => db.manager();
    const bulletin = await new BulletinQueries(manager, caller, new RankingQueries(manager, caller)).bulletin({
      period: filter.period,
      districtId: filter.districtId ?? null,
      yearToDate: filter.yearToDate ?? false,
    });
    return sheetsOf(bulletin);
  },
});
