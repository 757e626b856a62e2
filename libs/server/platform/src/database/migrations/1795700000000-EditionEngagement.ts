import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement counters per edition (newsletters' analytics over time read them instead of
 * counting every read and reaction), filled from what is already recorded: openers and
 * readers, reactors and comments of the audience, acknowledgements.
 */
export class EditionEngagement1795700000000 implements MigrationInterface {
  name = 'EditionEngagement1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "edition_engagement" ("edition_id" uuid NOT NULL, "openers" integer NOT NULL DEFAULT \'0\', "readers" integer NOT NULL DEFAULT \'0\', "reactors" integer NOT NULL DEFAULT \'0\', "comments" integer NOT NULL DEFAULT \'0\', "acknowledgements" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_2de237e0ca6270f0478daa93bbf" PRIMARY KEY ("edition_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_engagement" ADD CONSTRAINT "edition_engagement_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO edition_engagement (edition_id, openers, readers, reactors, comments, acknowledgements)
       SELECT e.id,
         (SELECT count(*) FROM edition_reads r WHERE r.edition_id = e.id),
         (SELECT count(r.read_at) FROM edition_reads r WHERE r.edition_id = e.id),
         (SELECT count(DISTINCT x.person_id) FROM edition_reactions x WHERE x.edition_id = e.id
            AND (e.audience_kind = 'COMPANY' OR x.department_id = ANY(e.audience_expanded_ids))),
         (SELECT count(*) FROM edition_comments c WHERE c.edition_id = e.id AND c.deleted_at IS NULL
            AND (e.audience_kind = 'COMPANY' OR c.author_department_id = ANY(e.audience_expanded_ids))),
         (SELECT count(*) FROM edition_acknowledgements a WHERE a.edition_id = e.id)
       FROM editions e WHERE e.published_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition_engagement" DROP CONSTRAINT "edition_engagement_edition_id_fkey"');
    await queryRunner.query('DROP TABLE "edition_engagement"');
  }
}
