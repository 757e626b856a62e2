import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A goal page shows its check-ins' history and comments: their tables get change stamps too. */
export class GoalPageChangeStamps1796400000000 implements MigrationInterface {
  name = 'GoalPageChangeStamps1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['goal_check_in_comments', 'goal_check_in_entries']) {
      await queryRunner.query('INSERT INTO "change_stamps" ("table_name") VALUES ($1)', [table]);
      await queryRunner.query(
        `CREATE TRIGGER "${table}_change_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION kk_bump_change_stamp()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['goal_check_in_entries', 'goal_check_in_comments']) {
      await queryRunner.query(`DROP TRIGGER "${table}_change_stamp" ON "${table}"`);
      await queryRunner.query('DELETE FROM "change_stamps" WHERE table_name = $1', [table]);
    }
  }
}
