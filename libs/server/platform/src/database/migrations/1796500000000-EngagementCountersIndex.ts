import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A newsletter's analytics sum the engagement counters of every edition in the range (some
 * 2,000 rows for a quarter). Rows are written as people read, so an edition's rows lie on as
 * many heap pages as there are rows; with the counters in an index of their own, the sums are
 * read from the index alone (an index-only scan where the pages are all-visible). The counters
 * are updated in place by every read: each update now also writes this index (no HOT update),
 * a cost paid once per person and edition.
 */
export class EngagementCountersIndex1796500000000 implements MigrationInterface {
  name = 'EngagementCountersIndex1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "edition_engagement_counters_idx" ON "edition_engagement" ("edition_id")
         INCLUDE ("department_id", "openers", "readers", "reactors", "comments", "acknowledgements")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "edition_engagement_counters_idx"');
  }
}
