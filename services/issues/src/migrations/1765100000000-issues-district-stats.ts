import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's ledger figures by status (open, escalated, closed, unsolvable), kept by a trigger
 * in the same transaction as the write that changes a problem's status or tenant, so the
 * dashboard reads one row per tenant instead of counting the ledger. The time-dependent figures
 * (overdue, response overdue) are counted per request over partial indexes that hold only open
 * problems. The function runs as the owner (the row it follows was already allowed by the
 * ledger's own policies); readers see the figures of the tenants row-level security lets them
 * read. SQL written out here, so this migration always does what it did.
 */
export class IssuesDistrictStats1765100000000 implements MigrationInterface {
  name = 'IssuesDistrictStats1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE issues.district_stats (
        district_id text PRIMARY KEY,
        open int NOT NULL DEFAULT 0,
        escalated int NOT NULL DEFAULT 0,
        closed int NOT NULL DEFAULT 0,
        unsolvable int NOT NULL DEFAULT 0
      );
      ALTER TABLE issues.district_stats ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON issues.district_stats FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      GRANT SELECT ON issues.district_stats TO qinshang_app;

      CREATE FUNCTION issues.count_issue_status() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE issues.district_stats
             SET open = open - (OLD.status <> 'CLOSED')::int, escalated = escalated - (OLD.status = 'ESCALATED')::int,
                 closed = closed - (OLD.status = 'CLOSED')::int, unsolvable = unsolvable - (OLD.status = 'UNSOLVABLE')::int
           WHERE district_id = OLD.district_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO issues.district_stats AS s (district_id, open, escalated, closed, unsolvable)
          VALUES (NEW.district_id, (NEW.status <> 'CLOSED')::int, (NEW.status = 'ESCALATED')::int, (NEW.status = 'CLOSED')::int, (NEW.status = 'UNSOLVABLE')::int)
          ON CONFLICT (district_id) DO UPDATE
            SET open = s.open + EXCLUDED.open, escalated = s.escalated + EXCLUDED.escalated,
                closed = s.closed + EXCLUDED.closed, unsolvable = s.unsolvable + EXCLUDED.unsolvable;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER issue_stats_insert AFTER INSERT ON issues.issue FOR EACH ROW EXECUTE FUNCTION issues.count_issue_status();
      CREATE TRIGGER issue_stats_update AFTER UPDATE OF status, district_id ON issues.issue FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.district_id IS DISTINCT FROM NEW.district_id)
        EXECUTE FUNCTION issues.count_issue_status();
      CREATE TRIGGER issue_stats_delete AFTER DELETE ON issues.issue FOR EACH ROW EXECUTE FUNCTION issues.count_issue_status();

      INSERT INTO issues.district_stats (district_id, open, escalated, closed, unsolvable)
      SELECT district_id, count(*) FILTER (WHERE status <> 'CLOSED'), count(*) FILTER (WHERE status = 'ESCALATED'),
             count(*) FILTER (WHERE status = 'CLOSED'), count(*) FILTER (WHERE status = 'UNSOLVABLE')
        FROM issues.issue GROUP BY district_id;

      CREATE INDEX issue_open_due_idx ON issues.issue (district_id, due_at)
        WHERE status IN ('RAISED','ASSIGNED','RETURNED','ACCEPTED','IN_PROGRESS','REOPENED','ESCALATED');
      CREATE INDEX issue_unanswered_idx ON issues.issue (district_id, response_due_at)
        WHERE responded_at IS NULL AND status <> 'CLOSED';
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP INDEX issues.issue_unanswered_idx; DROP INDEX issues.issue_open_due_idx;
      DROP TRIGGER issue_stats_insert ON issues.issue; DROP TRIGGER issue_stats_update ON issues.issue; DROP TRIGGER issue_stats_delete ON issues.issue;
      DROP FUNCTION issues.count_issue_status(); DROP TABLE issues.district_stats;
    `);
  }
}
