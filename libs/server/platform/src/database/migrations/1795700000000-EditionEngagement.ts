import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement counters per edition and department (analytics read them instead of counting
 * every read and reaction), filled from what is already recorded.
 */
export class EditionEngagement1795700000000 implements MigrationInterface {
  name = 'EditionEngagement1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "edition_engagement" ("edition_id" uuid NOT NULL, "department_id" uuid NOT NULL, "openers" integer NOT NULL DEFAULT \'0\', "readers" integer NOT NULL DEFAULT \'0\', "reactors" integer NOT NULL DEFAULT \'0\', "comments" integer NOT NULL DEFAULT \'0\', "acknowledgements" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_c1947fdf315e508843c8666a4e5" PRIMARY KEY ("edition_id", "department_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_engagement" ADD CONSTRAINT "edition_engagement_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO edition_engagement (edition_id, department_id, openers, readers, reactors, comments, acknowledgements)
       SELECT edition_id, department_id, sum(openers), sum(readers), sum(reactors), sum(comments), sum(acknowledgements) FROM (
         SELECT edition_id, department_id, count(*) AS openers, count(read_at) AS readers, 0 AS reactors, 0 AS comments, 0 AS acknowledgements
           FROM edition_reads GROUP BY 1, 2
         UNION ALL SELECT edition_id, department_id, 0, 0, count(DISTINCT person_id), 0, 0 FROM edition_reactions GROUP BY 1, 2
         UNION ALL SELECT edition_id, author_department_id, 0, 0, 0, count(*), 0 FROM edition_comments WHERE deleted_at IS NULL GROUP BY 1, 2
         UNION ALL SELECT edition_id, department_id, 0, 0, 0, 0, count(*) FROM edition_acknowledgements GROUP BY 1, 2
       ) counts WHERE department_id IS NOT NULL GROUP BY 1, 2`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition_engagement" DROP CONSTRAINT "edition_engagement_edition_id_fkey"');
    await queryRunner.query('DROP TABLE "edition_engagement"');
  }
}
