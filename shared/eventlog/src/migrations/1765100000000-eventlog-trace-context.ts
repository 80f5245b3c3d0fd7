import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each event records the trace of the request that wrote it (W3C `traceparent`, null when that
 * request was not traced), so whatever an event causes later (a feed delivery, a notification,
 * a projection's batch) links back to the request. Nullable: older events have none.
 */
export class EventlogTraceContext1765100000000 implements MigrationInterface {
  name = 'EventlogTraceContext1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE eventlog.event ADD COLUMN trace_context text CHECK (trace_context ~ '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE eventlog.event DROP COLUMN trace_context');
  }
}
