import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APPLY_SETTINGS_SQL, settingsParameters, type TenantSettings } from './tenancy';

/**
 * One request's database access: a single transaction, opened on first use, carrying the
 * caller's tenant settings transaction-locally. Everything the request reads or writes goes
 * through `manager()`; reading through the pool instead would escape the tenant settings.
 */
export class RequestDb {
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private finished = false;
  /** Statements sent on behalf of this request (BEGIN and the settings included). */
  statements = 0;

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
  async query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T[]> {
    await this.manager();
    const result = await this.runner!.query(sql, parameters, true);
    return (result.records ?? []) as T[];
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
      if (runner.isTransactionActive) {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
        this.statements++;
      }
    } finally {
      await runner.release();
    }
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      await runner.query(APPLY_SETTINGS_SQL, settingsParameters(this.settings));
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    this.runner = runner;
    this.statements += 2;
    const original = runner.query.bind(runner);
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      this.statements++;
      return original(...args);
    }) as QueryRunner['query'];
    return runner.manager;
  }
}
