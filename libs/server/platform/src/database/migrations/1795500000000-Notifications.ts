import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bell: notifications per person, newest first, with unread and de-duplication indexes. */
export class Notifications1795500000000 implements MigrationInterface {
  name = 'Notifications1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "title_ja" text NOT NULL, "title_en" text NOT NULL, "body_ja" text, "body_en" text, "link" text NOT NULL, "actor_id" uuid, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notifications_recipient_dedupe_key" ON "notifications" ("recipient_id", "dedupe_key") WHERE dedupe_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_recipient_unread_idx" ON "notifications" ("recipient_id", "created_at", "id") WHERE read_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "notifications_recipient_created_idx" ON "notifications" ("recipient_id", "created_at", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."notifications_recipient_created_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_recipient_unread_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_recipient_dedupe_key"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
