import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * The shared, ordered, append-only event log (ARCHITECTURE.md, "Events").
 *
 * Gap-free by construction: an append first takes the single `head` row's lock and holds it to
 * commit, so positions are handed out and committed in the same order. A reader that has seen
 * position p can never later find a committed event below p, whatever the concurrency. The price
 * is that appends serialise from the append to the commit; services append as the last write of
 * a change, so the lock is held for the insert and the commit only.
 */
export class EventlogInitial1764100000000 implements MigrationInterface {
  name = 'EventlogInitial1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE eventlog.head (
        id smallint PRIMARY KEY CHECK (id = 1),
        position bigint NOT NULL
      );
      INSERT INTO eventlog.head (id, position) VALUES (1, 0);

      CREATE TABLE eventlog.event (
        position bigint PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        source text NOT NULL,
        stream_type text NOT NULL,
        stream_id text NOT NULL,
        district_id text,
        actor text NOT NULL DEFAULT tenancy.actor(),
        actor_role text NOT NULL DEFAULT coalesce(nullif(current_setting('qinshang.role', true), ''), 'SYSTEM'),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        payload jsonb NOT NULL
      );
      CREATE INDEX event_stream_idx ON eventlog.event (stream_type, stream_id, position);
      CREATE INDEX event_type_idx ON eventlog.event (type, position);
      CREATE INDEX event_district_idx ON eventlog.event (district_id, position);

      -- Append-only, for the owner too: nothing is ever changed or struck out of the log.
      CREATE FUNCTION eventlog.refuse_change() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'the event log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$;
      CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON eventlog.event
        FOR EACH ROW EXECUTE FUNCTION eventlog.refuse_change();
      CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON eventlog.event
        FOR EACH STATEMENT EXECUTE FUNCTION eventlog.refuse_change();

      ALTER TABLE eventlog.event ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON eventlog.event FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
      -- Any authenticated transaction may append; what it may do was decided by the service.
      CREATE POLICY append ON eventlog.event FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() <> 'none');

      GRANT USAGE ON SCHEMA eventlog TO ${APP_ROLE};
      GRANT SELECT, INSERT ON eventlog.event TO ${APP_ROLE};
      GRANT SELECT, UPDATE ON eventlog.head TO ${APP_ROLE};

      -- Consumers (projections, schedulers) keep their position here, committed with their writes.
      CREATE TABLE eventlog.checkpoint (
        consumer text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, INSERT, UPDATE ON eventlog.checkpoint TO ${APP_ROLE};
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE eventlog.checkpoint; DROP TABLE eventlog.event; DROP TABLE eventlog.head; DROP FUNCTION eventlog.refuse_change();');
  }
}
