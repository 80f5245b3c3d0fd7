// parse-prometheus-text-format ships no types: what its parser returns, as far as these tests read it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parsePrometheusTextFormat = require('parse-prometheus-text-format') as (text: string) => MetricFamily[];

export interface MetricFamily {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: Array<{ value?: string; labels?: Record<string, string>; buckets?: Record<string, string>; count?: string; sum?: string }>;
}

/** Scrapes a process's /metrics (beside its /graphql) and parses it with a real Prometheus text parser. */
export async function scrape(graphqlUrl: string, headers: Record<string, string> = {}): Promise<MetricFamily[]> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), { headers });
  if (response.status !== 200) throw new Error(`${graphqlUrl}: /metrics answered ${response.status}`);
  if (!/^text\/plain; version=0\.0\.4/.test(response.headers.get('content-type') ?? '')) throw new Error(`not Prometheus text: ${response.headers.get('content-type')}`);
  return parsePrometheusTextFormat(await response.text());
}

/** The sum of a family's samples whose labels include `labels` (0 when none). */
export function sample(families: MetricFamily[], name: string, labels: Record<string, string> = {}): number {
  const family = families.find((each) => each.name === name);
  if (!family) return 0;
  return family.metrics
    .filter((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value))
    .reduce((total, metric) => total + Number(metric.value ?? metric.count ?? 0), 0);
}

export function family(families: MetricFamily[], name: string): MetricFamily | undefined {
  return families.find((each) => each.name === name);
}
