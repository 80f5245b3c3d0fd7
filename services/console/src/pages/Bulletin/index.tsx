import { useQuery } from '@apollo/client';
import { Button, DatePicker, Segmented, Select, Skeleton } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButtons } from '../../components/ExportButtons';
import { formatDateTime, formatPeriod, formatRate } from '../../components/format';
import { graphql } from '../../gql';
import { useLocale } from '../../locales';
import { BulletinTables, FigureLink, type Scope } from './Tables';
import './bulletin.css';

graphql(`
  fragment BulletinPartFields on BulletinPart {
    # The persisted document is sent by hash, so Apollo's own __typename is not added: ask for it (fragments match on it).
    __typename
    key
    count
    figure
  }
`);

graphql(`
  fragment BulletinProblemPartFields on BulletinProblemPart {
    # The persisted document is sent by hash, so Apollo's own __typename is not added: ask for it (fragments match on it).
    __typename
    key
    collected
    solved
    unsolvable
    open
    solvedRate
    figure
  }
`);

graphql(`
  fragment BulletinSectionFields on BulletinSection {
    # The persisted document is sent by hash, so Apollo's own __typename is not added: ask for it (fragments match on it).
    __typename
    districtId
    name
    officials
    officialMonths
    enterprisesPaired
    enterprisesServed
    visits
    officialsByVisits {
      ...BulletinPartFields
    }
    unvisitedByReason {
      ...BulletinPartFields
    }
    reports {
      expected
      onTime
      late
      missing
      pending
    }
    problems
    solved
    unsolvable
    open
    solvedRate
    byClass {
      ...BulletinProblemPartFields
    }
    byCategory {
      ...BulletinProblemPartFields
    }
    byPath {
      ...BulletinPartFields
    }
    overdue
    escalations
    escalationsToDistrict
    escalationsToCity
    rank
    score
    inspections
    deductions
    deductionPoints
  }
`);

const BulletinQuery = graphql(`
  query Bulletin($period: String!, $districtId: ID, $yearToDate: Boolean) {
    city {
      name
      districts {
        id
        name
      }
    }
    bulletin(period: $period, districtId: $districtId, yearToDate: $yearToDate) {
      period
      yearToDate
      fromPeriod
      toPeriod
      asOf
      checks
      total {
        ...BulletinSectionFields
      }
      tenants {
        ...BulletinSectionFields
      }
    }
  }
`);

/** The month a bulletin shows by default: the last full month. */
const lastMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

/** 简报: the month's (or the year's) bulletin, to read on screen and print to PDF (A4). */
export default function BulletinPage() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const period = /^\d{4}-\d{2}$/.test(params.get('period') ?? '') ? params.get('period')! : lastMonth();
  const yearToDate = params.get('yearToDate') === '1';
  const cityWide = viewer.role !== 'DISTRICT_ADMIN';
  const districtId = cityWide ? (params.get('districtId') ?? null) : (viewer.districtId ?? null);
  const { data, loading, error, refetch } = useQuery(BulletinQuery, { variables: { period, districtId, yearToDate } });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const b = data?.bulletin;
  const scope: Scope = { period, yearToDate, districtId };
  const scopeName = districtId ? (data?.city?.districts.find((d) => d.id === districtId)?.name ?? b?.total.name ?? districtId) : (data?.city?.name ?? t('bulletin.scope.city'));
  const range = b && b.yearToDate ? t('bulletin.range', { from: formatPeriod(b.fromPeriod, locale), to: formatPeriod(b.toPeriod, locale) }) : formatPeriod(period, locale);
  const group = (key: string) => b?.total.officialsByVisits.find((p) => p.key === key);
  const link = (figure: string, value: number | string) => <FigureLink scope={scope} figure={figure}>{value}</FigureLink>;

  return (
    <div>
      <div className="bulletin-controls" role="search">
        <DatePicker
          picker="month"
          aria-label={t('bulletin.month')}
          value={dayjs(`${period}-01`)}
          allowClear={false}
          onChange={(value) => value && set('period', value.format('YYYY-MM'))}
        />
        <Segmented
          aria-label={t('bulletin.yearToDate')}
          value={yearToDate ? 'ytd' : 'month'}
          onChange={(value) => set('yearToDate', value === 'ytd' ? '1' : null)}
          options={[
            { value: 'month', label: t('bulletin.month') },
            { value: 'ytd', label: t('bulletin.yearToDate') },
          ]}
        />
        {cityWide && (
          <Select
            aria-label={t('bulletin.tenant')}
            style={{ minWidth: 200 }}
            value={districtId ?? ''}
            onChange={(value) => set('districtId', value || null)}
            options={[{ value: '', label: t('bulletin.allTenants') }, ...(data?.city?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          />
        )}
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!b}>
          {t('bulletin.print')}
        </Button>
        {b && <ExportButtons name="bulletin" params={{ period, districtId, yearToDate }} />}
      </div>
      {error && !b && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {loading && !b && <Skeleton active />}
      {b && (
        <article className="bulletin-page" lang="zh-CN" aria-label={t('bulletin.title')}>
          <header className="bulletin-masthead">
            <h1>{t('bulletin.title')}</h1>
            <div className="bulletin-meta">
              <span>{scopeName}</span>
              <span>{range}</span>
            </div>
          </header>
          <p className="bulletin-summary">
            {fill(t('bulletin.summary'), {
              scope: scopeName,
              officials: link('officials', b.total.officials),
              paired: link('enterprises.paired', b.total.enterprisesPaired),
              served: link('enterprises.served', b.total.enterprisesServed),
              visits: link('visits', b.total.visits),
              g3: link('visits.THREE_OR_MORE', group('THREE_OR_MORE')?.count ?? 0),
              g2: link('visits.TWO', group('TWO')?.count ?? 0),
              g1: link('visits.ONE', group('ONE')?.count ?? 0),
              g0: link('visits.NONE', group('NONE')?.count ?? 0),
              problems: link('problems', b.total.problems),
              solved: link('problems.SOLVED', b.total.solved),
              rate: formatRate(b.total.solvedRate),
              overdue: link('overdue', b.total.overdue),
              toCity: link('escalations.CITY', b.total.escalationsToCity),
            })}
            {b.yearToDate ? t('bulletin.summary.ytd') : ''}
          </p>
          <BulletinTables bulletin={b} scope={scope} />
          <p className="bulletin-note">{t('bulletin.asOf', { time: formatDateTime(b.asOf, locale), checks: b.checks })}</p>
        </article>
      )}
    </div>
  );
}

/** A translated sentence with elements in its `{name}` places. */
function fill(text: string, values: Record<string, React.ReactNode>): React.ReactNode[] {
  return text.split(/(\{\w+\})/).map((piece, index) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name && name in values ? <span key={index}>{values[name]}</span> : piece;
  });
}
