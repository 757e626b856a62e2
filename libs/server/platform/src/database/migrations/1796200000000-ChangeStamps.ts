import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose writes answers kept in memory depend on (platform/cache/change-stamps.ts lists them). */
const STAMPED = ['departments', 'goal_check_ins', 'goals', 'people', 'team_goals'];

/**
 * Change stamps: every statement that writes a stamped table moves that table's row, in the
 * same transaction (a statement-level trigger), so that an answer kept in memory can be checked
 * with one read of a few rows. People move it only for what other domains show of a person.
 */
export class ChangeStamps1796200000000 implements MigrationInterface {
  name = 'ChangeStamps1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "change_stamps" ("table_name" text NOT NULL, "version" bigint NOT NULL DEFAULT \'0\', "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a59e0c1197186f5a645697ba4dd" PRIMARY KEY ("table_name"))',
    );
    await queryRunner.query(`
CREATE FUNCTION kk_bump_change_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_stamps SET version = version + 1, changed_at = now() WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END
$$`);
    for (const table of STAMPED) {
      await queryRunner.query('INSERT INTO "change_stamps" ("table_name") VALUES ($1)', [table]);
      const events =
        table === 'people'
          ? 'INSERT OR DELETE OR TRUNCATE OR UPDATE OF display_name, display_name_en, display_name_kana, department_id, roles, active'
          : 'INSERT OR UPDATE OR DELETE OR TRUNCATE';
      await queryRunner.query(
        `CREATE TRIGGER "${table}_change_stamp" AFTER ${events} ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION kk_bump_change_stamp()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...STAMPED].reverse()) await queryRunner.query(`DROP TRIGGER "${table}_change_stamp" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION kk_bump_change_stamp()');
    await queryRunner.query('DROP TABLE "change_stamps"');
  }
}
