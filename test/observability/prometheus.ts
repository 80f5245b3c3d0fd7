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
export async function scrape(graphqlUrl: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), { headers });
  if (response.status !== 200) throw new Error(`${graphqlUrl}: /metrics answered ${response.status}`);
  if (!/^text\/plain; version=0\.0\.4/.test(response.headers.get('content-type') ?? '')) throw new Error(`not Prometheus text: ${response.headers.get('content-type')}`);
  const text = await response.text();
  return Object.assign(parsePrometheusTextFormat(text), { text });
}

export type Scrape = MetricFamily[] & { text: string };

/**
 * A histogram's observation count for the series whose labels include `labels`. The parser keeps
 * labelled histograms' buckets only (it flattens them), so the `_count` series are read from the
 * text it has just validated.
 */
export function observations(scraped: Scrape, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of scraped.text.split('\n')) {
    const match = new RegExp(`^${name}_count\\{(.*)\\} (\\S+)$`).exec(line);
    if (!match) continue;
    const seen = Object.fromEntries([...match[1].matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => seen[key] === value)) total += Number(match[2]);
  }
  return total;
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
