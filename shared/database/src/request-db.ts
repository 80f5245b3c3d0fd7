import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { openTransactionSql, type TenantSettings } from './tenancy';

export interface QueryOptions {
  /** Run it as a prepared statement of the connection (see RequestDb.prepared): for fixed SQL texts only. */
  prepare?: boolean;
}

/** A prepared statement's name: the text's digest, so one text is one statement on every connection. */
export function preparedName(sql: string): string {
  let name = preparedNames.get(sql);
  if (!name) {
    name = `q${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    preparedNames.set(sql, name);
  }
  return name;
}
/** The texts prepared so far (fixed texts of the code: a bounded set). */
const preparedNames = new Map<string, string>();

/**
 * One request's database access: a single transaction, opened on first use, carrying the
 * caller's tenant settings transaction-locally. Everything the request reads or writes goes
 * through `manager()`; reading through the pool instead would escape the tenant settings.
 */
export class RequestDb {
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private finished = false;
  /**
   * Statements PostgreSQL received for this request: START TRANSACTION and the settings (two
   * statements in one round trip), every query, and COMMIT or ROLLBACK, each counted once.
   */
  statements = 0;
  /** Round trips to PostgreSQL for this request (the opening pair is one). */
  roundTrips = 0;

  constructor(
    private readonly dataSource: DataSource,
    readonly settings: TenantSettings,
  ) {}

  manager(): Promise<EntityManager> {
    if (this.finished) return Promise.reject(new Error('The request transaction is already finished'));
    this.opening ??= this.open();
    return this.opening;
  }

  /**
   * Raw SQL inside the request's transaction: always the rows (TypeORM alone would return
   * `[rows, count]` for an UPDATE or DELETE with RETURNING).
   */
  async query<T = unknown>(sql: string, parameters?: unknown[], options?: QueryOptions): Promise<T[]> {
    await this.manager();
    if (options?.prepare) return this.prepared<T>(sql, parameters ?? []);
    const result = await this.runner!.query(sql, parameters, true);
    return (result.records ?? []) as T[];
  }

  /**
   * The statement as a named prepared statement of this connection (node-postgres parses it once
   * per connection; PostgreSQL then plans it, and after five executions may keep a generic plan).
   * For a hot statement whose planning costs more than its execution: measured with
   * pg_stat_statements' track_planning, a raise's two statements spent 1.5 ms planning and
   * 0.6 ms executing. A failure is the QueryFailedError TypeORM would have thrown.
   */
  private async prepared<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    this.statements++;
    this.roundTrips++;
    const client = (this.runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    try {
      const result = await client.query({ name: preparedName(sql), text: sql, values: parameters });
      return result.rows as T[];
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
  }

  get opened(): boolean {
    return this.runner !== null;
  }

  /** Commits (or rolls back) and releases the connection; safe to call more than once. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (!this.opening) return;
    try {
      await this.opening;
    } catch {
      return; // opening failed and released the runner itself
    }
    const runner = this.runner!;
    try {
      // Counted by the wrapper around runner.query (COMMIT and ROLLBACK go through it).
      if (runner.isTransactionActive) {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      // START TRANSACTION and the tenant settings in one round trip (a simple-protocol query of
      // two statements, the settings as escaped literals); TypeORM is told the transaction is
      // open, so COMMIT, ROLLBACK and nested savepoints work as if it had started it.
      await runner.query(openTransactionSql(this.settings));
      Object.assign(runner as unknown as { isTransactionActive: boolean; transactionDepth: number }, { isTransactionActive: true, transactionDepth: 1 });
    } catch (error) {
      // The pair may have opened the transaction before failing: never hand back a connection in one.
      if (!runner.isReleased) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release().catch(() => undefined);
      throw error;
    }
    this.runner = runner;
    this.statements += 2;
    this.roundTrips += 1;
    const original = runner.query.bind(runner);
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      this.statements++;
      this.roundTrips++;
      return original(...args);
    }) as QueryRunner['query'];
    return runner.manager;
  }
}
