import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * Events numbered at commit (`appendEventsAtCommit`). An append that needs no position back
 * inserts its events into `eventlog.pending`; a deferred constraint trigger, fired inside the
 * transaction's COMMIT, takes the head lock, moves each event into `eventlog.event` with the next
 * position, in the order they were written, and sends the NOTIFY. The head lock is then held only
 * while PostgreSQL commits, not across the writer's remaining round trips through its event
 * loop: positions are still handed out and committed in the same order (the gap-free rule of the
 * first migration), and the log itself stays append-only (no row of it is ever updated).
 *
 * `pending` is unlogged: its rows never outlive their transaction (moved at commit, or gone with
 * a rollback or a crash). A transaction sees only its own pending rows. SQL written out here.
 */
export class EventlogNumberedAtCommit1765500000000 implements MigrationInterface {
  name = 'EventlogNumberedAtCommit1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE UNLOGGED TABLE eventlog.pending (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        source text NOT NULL,
        stream_type text NOT NULL,
        stream_id text NOT NULL,
        district_id text,
        actor text NOT NULL DEFAULT tenancy.actor(),
        actor_role text NOT NULL DEFAULT coalesce(nullif(current_setting('qinshang.role', true), ''), 'SYSTEM'),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        payload jsonb NOT NULL,
        trace_context text CHECK (trace_context ~ '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$')
      );
      ALTER TABLE eventlog.pending ENABLE ROW LEVEL SECURITY;
      CREATE POLICY append ON eventlog.pending FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() <> 'none');
      GRANT INSERT ON eventlog.pending TO ${APP_ROLE};

      CREATE FUNCTION eventlog.number_pending() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        numbered bigint;
      BEGIN
        UPDATE eventlog.head SET position = position + 1 WHERE id = 1 RETURNING position INTO numbered;
        INSERT INTO eventlog.event (position, id, type, source, stream_type, stream_id, district_id, actor, actor_role, occurred_at, recorded_at, payload, trace_context)
        VALUES (numbered, NEW.id, NEW.type, NEW.source, NEW.stream_type, NEW.stream_id, NEW.district_id, NEW.actor, NEW.actor_role, NEW.occurred_at, NEW.recorded_at, NEW.payload, NEW.trace_context);
        DELETE FROM eventlog.pending WHERE id = NEW.id;
        PERFORM pg_notify('qinshang_eventlog', numbered::text);
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION eventlog.number_pending() FROM PUBLIC;
      CREATE CONSTRAINT TRIGGER pending_numbered AFTER INSERT ON eventlog.pending
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION eventlog.number_pending();
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE eventlog.pending; DROP FUNCTION eventlog.number_pending();');
  }
}
