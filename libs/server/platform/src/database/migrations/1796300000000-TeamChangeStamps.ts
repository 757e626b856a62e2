import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams and their rosters get change stamps too: the team directory's kept answers read them. */
export class TeamChangeStamps1796300000000 implements MigrationInterface {
  name = 'TeamChangeStamps1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['team_members', 'teams']) {
      await queryRunner.query('INSERT INTO "change_stamps" ("table_name") VALUES ($1)', [table]);
      await queryRunner.query(
        `CREATE TRIGGER "${table}_change_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION kk_bump_change_stamp()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['teams', 'team_members']) {
      await queryRunner.query(`DROP TRIGGER "${table}_change_stamp" ON "${table}"`);
      await queryRunner.query('DELETE FROM "change_stamps" WHERE table_name = $1', [table]);
    }
  }
}
