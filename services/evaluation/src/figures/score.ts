import type { Rules } from '../rules/rules';

/** Rates are shown and scored to five decimals, scores to three: what is shown is what was ranked. */
export const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
export const round3 = (x: number) => Math.round(x * 1e3) / 1e3;

/** A rate, or null when nothing was due (or, for tenants, fewer than the minimum sample). */
export function rate(numerator: number, denominator: number, minimumSample = 1): number | null {
  if (denominator <= 0 || denominator < minimumSample) return null;
  return round5(numerator / denominator);
}

export interface Components {
  visits: number | null;
  report: number | null;
  response: number | null;
  resolution: number | null;
  satisfaction: number | null;
}

/**
 * The score, 0 to 100 before deductions: the weighted mean of the components that count. A null
 * component (nothing due, or under the minimum sample) is left out and its weight shared among
 * the others in proportion (no data neither helps nor hurts); with no component at all the
 * weighted part is 0. Then every deduction point (考核扣分) comes off. Not clamped: a heavily
 * penalised score may go below zero, which keeps the order among them.
 */
export function score(components: Components, weights: Rules['weights'], deductions: number): number {
  let sum = 0;
  let weight = 0;
  for (const key of ['visits', 'report', 'response', 'resolution', 'satisfaction'] as const) {
    const value = components[key];
    const w = Number(weights?.[key] ?? 0);
    if (value === null || !(w > 0)) continue;
    sum += w * value;
    weight += w;
  }
  return round3((weight > 0 ? (100 * sum) / weight : 0) - deductions);
}

export interface Rankable {
  districtId: string;
  kind: string | null;
  score: number;
  visitCompliance: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  responseRate: number | null;
}

const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

/**
 * The ranking order, total and deterministic: score (higher first); on a tie, visit compliance,
 * then resolution, satisfaction and response rates (higher first, a null rate after any number);
 * last, the tenant's administrative code (lower first). So equal figures never share a rank and
 * the same figures always give the same order.
 */
export function compareRankables(a: Rankable, b: Rankable): number {
  return (
    desc(a.score, b.score) ||
    desc(a.visitCompliance, b.visitCompliance) ||
    desc(a.resolutionRate, b.resolutionRate) ||
    desc(a.satisfactionRate, b.satisfactionRate) ||
    desc(a.responseRate, b.responseRate) ||
    (a.districtId < b.districtId ? -1 : a.districtId > b.districtId ? 1 : 0)
  );
}

/** Overall rank (1 is best) and rank within the peer group (null for a tenant whose kind is unknown). */
export function rank<T extends Rankable>(items: readonly T[]): Array<T & { rank: number; peerRank: number | null; peerCount: number | null }> {
  const sorted = [...items].sort(compareRankables);
  const peers = new Map<string, number>();
  const peerTotals = new Map<string, number>();
  for (const item of sorted) if (item.kind) peerTotals.set(item.kind, (peerTotals.get(item.kind) ?? 0) + 1);
  return sorted.map((item, index) => {
    let peerRank: number | null = null;
    if (item.kind) {
      peerRank = (peers.get(item.kind) ?? 0) + 1;
      peers.set(item.kind, peerRank);
    }
    return { ...item, rank: index + 1, peerRank, peerCount: item.kind ? peerTotals.get(item.kind)! : null };
  });
}
