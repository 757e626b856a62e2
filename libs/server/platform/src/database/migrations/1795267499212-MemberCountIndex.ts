import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Member counts per department (the department tree) by an index-only scan. */
export class MemberCountIndex1795267499212 implements MigrationInterface {
  name = 'MemberCountIndex1795267499212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "people_active_department_idx" ON "people" ("department_id") WHERE active');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."people_active_department_idx"');
  }
}
