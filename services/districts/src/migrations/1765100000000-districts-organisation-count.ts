import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's enterprise and official counts, kept by triggers in the same transaction as the
 * insert, delete or move that changes them, so the dashboard reads one row per tenant instead of
 * counting growing tables. Statement-level triggers with transition tables: a bulk insert of
 * thousands of rows (an import, the seed) is one grouped upsert. The functions run as the owner
 * (the row they follow was already allowed by the table's own policies); readers see the counts
 * of the tenants row-level security lets them read. SQL written out here, so this migration
 * always does what it did.
 */
export class DistrictsOrganisationCount1765100000000 implements MigrationInterface {
  name = 'DistrictsOrganisationCount1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE districts.organisation_count (
        district_id text PRIMARY KEY REFERENCES districts.district (id),
        enterprises int NOT NULL DEFAULT 0,
        officials int NOT NULL DEFAULT 0
      );
      ALTER TABLE districts.organisation_count ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.organisation_count FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      GRANT SELECT ON districts.organisation_count TO qinshang_app;

      CREATE FUNCTION districts.count_organisation() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        enterprise boolean := TG_TABLE_NAME = 'enterprise';
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO districts.organisation_count AS c (district_id, enterprises, officials)
          SELECT district_id, CASE WHEN enterprise THEN count(*) ELSE 0 END, CASE WHEN enterprise THEN 0 ELSE count(*) END
            FROM new_rows GROUP BY district_id
          ON CONFLICT (district_id) DO UPDATE
            SET enterprises = c.enterprises + EXCLUDED.enterprises, officials = c.officials + EXCLUDED.officials;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          UPDATE districts.organisation_count c
             SET enterprises = c.enterprises - CASE WHEN enterprise THEN o.n ELSE 0 END,
                 officials = c.officials - CASE WHEN enterprise THEN 0 ELSE o.n END
            FROM (SELECT district_id, count(*)::int AS n FROM old_rows GROUP BY district_id) o
           WHERE c.district_id = o.district_id;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER enterprise_count_insert AFTER INSERT ON districts.enterprise
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION districts.count_organisation();
      CREATE TRIGGER enterprise_count_update AFTER UPDATE ON districts.enterprise
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION districts.count_organisation();
      CREATE TRIGGER enterprise_count_delete AFTER DELETE ON districts.enterprise
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION districts.count_organisation();
      CREATE TRIGGER official_count_insert AFTER INSERT ON districts.official
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION districts.count_organisation();
      CREATE TRIGGER official_count_update AFTER UPDATE ON districts.official
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION districts.count_organisation();
      CREATE TRIGGER official_count_delete AFTER DELETE ON districts.official
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION districts.count_organisation();

      INSERT INTO districts.organisation_count (district_id, enterprises, officials)
      SELECT d.id,
             (SELECT count(*) FROM districts.enterprise e WHERE e.district_id = d.id),
             (SELECT count(*) FROM districts.official o WHERE o.district_id = d.id)
        FROM districts.district d;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TRIGGER enterprise_count_insert ON districts.enterprise; DROP TRIGGER enterprise_count_update ON districts.enterprise;
      DROP TRIGGER enterprise_count_delete ON districts.enterprise; DROP TRIGGER official_count_insert ON districts.official;
      DROP TRIGGER official_count_update ON districts.official; DROP TRIGGER official_count_delete ON districts.official;
      DROP FUNCTION districts.count_organisation(); DROP TABLE districts.organisation_count;
    `);
  }
}
