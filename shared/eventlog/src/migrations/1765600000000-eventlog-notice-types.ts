import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The NOTIFY of an event numbered at commit names its type beside its position
 * (`1234 issue.raised`, see notification.ts), so a follower of some types sleeps through the
 * others. Otherwise the function of `eventlog-numbered-at-commit`, unchanged. SQL written out here.
 */
export class EventlogNoticeTypes1765600000000 implements MigrationInterface {
  name = 'EventlogNoticeTypes1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(numberPending(`numbered::text || ' ' || NEW.type`));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(numberPending('numbered::text'));
  }
}

function numberPending(payload: string): string {
  return `
    CREATE OR REPLACE FUNCTION eventlog.number_pending() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
    DECLARE
      numbered bigint;
    BEGIN
      UPDATE eventlog.head SET position = position + 1 WHERE id = 1 RETURNING position INTO numbered;
      INSERT INTO eventlog.event (position, id, type, source, stream_type, stream_id, district_id, actor, actor_role, occurred_at, recorded_at, payload, trace_context)
      VALUES (numbered, NEW.id, NEW.type, NEW.source, NEW.stream_type, NEW.stream_id, NEW.district_id, NEW.actor, NEW.actor_role, NEW.occurred_at, NEW.recorded_at, NEW.payload, NEW.trace_context);
      DELETE FROM eventlog.pending WHERE id = NEW.id;
      PERFORM pg_notify('qinshang_eventlog', ${payload});
      RETURN NULL;
    END $$;
    REVOKE ALL ON FUNCTION eventlog.number_pending() FROM PUBLIC;`;
}
