import { seesEveryTenant, type Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { assertPeriod } from '../common/period';
import { rows } from '../common/sql';
import type { RankingQueries } from '../ranking/ranking.queries';
import { buildBulletin } from './bulletin.build';
import { FIGURES } from './bulletin.figures';
import { toRecords, toSection } from './bulletin.section';
import { readSources, windowOf } from './bulletin.sources';
import type { Bulletin, BulletinRecordPage } from './bulletin.type';

export interface BulletinArgs {
  period: string;
  districtId?: string | null;
  yearToDate?: boolean | null;
}

/** 简报: the bulletin for a month (or January to it), citywide and per tenant, in the caller's scope. */
export class BulletinQueries {
  constructor(
    readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
    readonly ranking: RankingQueries,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** The tenant asked for, or the caller's own when it sees one tenant only; null for every tenant. */
  private scope(districtId: string | null | undefined): string | null {
    const scope = districtId ?? (seesEveryTenant(this.caller) ? null : (this.caller.districtId ?? null));
    assertCan(this.caller, 'READ_BULLETIN', { districtId: scope });
    return scope;
  }

  async bulletin(args: BulletinArgs): Promise<Bulletin> {
    assertPeriod(args.period);
    const districtId = this.scope(args.districtId);
    const manager = await this.manager();
    const now = this.now();
    const w = windowOf(args.period, Boolean(args.yearToDate), now);
    const [sources, tenants, ranking] = await Promise.all([
      readSources(manager, w, districtId, now),
      rows<{ district_id: string; name: string | null }>(
        manager,
        `SELECT district_id, name FROM evaluation.tenant WHERE first_period <= $1 AND ($2::text IS NULL OR district_id = $2) ORDER BY district_id`,
        [w.to, districtId],
      ),
      this.ranking.forPeriod(w.to),
    ]);
    const built = buildBulletin(sources, tenants.map((t) => t.district_id));
    const names = new Map(tenants.map((t) => [t.district_id, t.name]));
    const ranks = new Map(ranking.map((r) => [r.districtId, { rank: r.rank, score: r.score }]));
    const single = districtId !== null;
    return {
      period: args.period,
      yearToDate: Boolean(args.yearToDate),
      fromPeriod: w.from,
      toPeriod: w.to,
      asOf: w.cutoff.toISOString(),
      checks: built.checks,
      total: single && built.tenants[0] ? toSection(built.tenants[0], names.get(districtId) ?? null, ranks.get(districtId) ?? null) : toSection(built.total, null, null),
      tenants: built.tenants.map((t) => toSection(t, names.get(t.districtId!) ?? null, ranks.get(t.districtId!) ?? null)),
    };
  }

  /** The records behind one figure (`bulletin.figures.ts` names them), paged. */
  async records(args: BulletinArgs & { figure: string; first?: number | null; offset?: number | null }): Promise<BulletinRecordPage> {
    assertPeriod(args.period);
    const figure = FIGURES.get(args.figure);
    if (!figure) throw new BadUserInputError('figure', `Not a bulletin figure: ${args.figure}`);
    const first = args.first ?? 100;
    const offset = args.offset ?? 0;
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw new BadUserInputError('first', 'first is 1 to 1000');
    if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError('offset', 'offset is 0 or more');
    const districtId = this.scope(args.districtId);
    const manager = await this.manager();
    const now = this.now();
    const sources = await readSources(manager, windowOf(args.period, Boolean(args.yearToDate), now), districtId, now);
    const all = toRecords(figure, sources);
    const value = all.reduce((acc, r) => acc + r.value, 0);
    return { figure: figure.key, value: Math.round(value * 100) / 100, totalCount: all.length, records: all.slice(offset, offset + first) };
  }
}
