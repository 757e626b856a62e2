import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Newsletters, editions (versions, audience snapshots), reactions and their counts, reads, comments, acknowledgements, preferences. */
export class Newsletters1795600000000 implements MigrationInterface {
  name = 'Newsletters1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "newsletters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "department_id" uuid NOT NULL, "name_ja" text NOT NULL, "name_en" text NOT NULL, "description_ja" text NOT NULL DEFAULT \'\', "description_en" text NOT NULL DEFAULT \'\', "cadence" text NOT NULL, "company_wide" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_b63ff3417bbaa6c92061b9f6934" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "newsletters_name_ja_id_idx" ON "newsletters" ("name_ja", "id") ');
    await queryRunner.query('CREATE INDEX "newsletters_department_id_idx" ON "newsletters" ("department_id") ');
    await queryRunner.query(
      'CREATE TABLE "editions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "newsletter_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'DRAFT\', "title" text NOT NULL, "summary" text NOT NULL DEFAULT \'\', "cover_image_url" text, "body_html" text NOT NULL DEFAULT \'\', "tags" text array NOT NULL DEFAULT \'{}\', "audience_kind" text NOT NULL DEFAULT \'COMPANY\', "audience_department_ids" uuid array NOT NULL DEFAULT \'{}\', "audience_expanded_ids" uuid array NOT NULL DEFAULT \'{}\', "audience_size" integer, "must_read" boolean NOT NULL DEFAULT false, "pinned_until" TIMESTAMP WITH TIME ZONE, "scheduled_at" TIMESTAMP WITH TIME ZONE, "schedule_job_id" text, "published_at" TIMESTAMP WITH TIME ZONE, "content_updated_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "last_reminder_at" TIMESTAMP WITH TIME ZONE, "listed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_a04f035dd7a1c3f344481cb6a2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "editions_scheduled_idx" ON "editions" ("scheduled_at") WHERE status = \'SCHEDULED\'');
    await queryRunner.query('CREATE INDEX "editions_published_idx" ON "editions" ("published_at", "id") WHERE status = \'PUBLISHED\'');
    await queryRunner.query(
      'CREATE INDEX "editions_pinned_idx" ON "editions" ("pinned_until") WHERE status = \'PUBLISHED\' AND pinned_until IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "editions_newsletter_listing_idx" ON "editions" ("newsletter_id", "status", "listed_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "edition_acknowledgements" ("edition_id" uuid NOT NULL, "person_id" uuid NOT NULL, "department_id" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_305bc5da0d0b8092de9ec66c8a1" PRIMARY KEY ("edition_id", "person_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "edition_acknowledgements_list_idx" ON "edition_acknowledgements" ("edition_id", "acknowledged_at", "person_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "author_department_id" uuid, "body" text NOT NULL, "mention_ids" uuid array NOT NULL DEFAULT \'{}\', "idempotency_key" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_d5be86465ebc813d308da9a6f1e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "edition_comments_idempotency_key" ON "edition_comments" ("author_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "edition_comments_replies_idx" ON "edition_comments" ("parent_id", "created_at", "id") WHERE parent_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "edition_comments_thread_idx" ON "edition_comments" ("edition_id", "created_at", "id") WHERE parent_id IS NULL',
    );
    await queryRunner.query('CREATE INDEX "edition_comments_edition_id_idx" ON "edition_comments" ("edition_id") ');
    await queryRunner.query(
      'CREATE TABLE "newsletter_preferences" ("person_id" uuid NOT NULL, "weekly_digest" boolean NOT NULL DEFAULT true, "last_digest_week" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8af8a3d5da227f8fe0e3d6a3fa4" PRIMARY KEY ("person_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_audience_snapshots" ("edition_id" uuid NOT NULL, "department_id" uuid NOT NULL, "member_count" integer NOT NULL, CONSTRAINT "PK_9850c64253129fe96c2f505eac8" PRIMARY KEY ("edition_id", "department_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "version" integer NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "cover_image_url" text, "body_html" text NOT NULL, "tags" text array NOT NULL, "replaced_by" uuid NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_784825aafe8f89ea8eb8bc28092" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "edition_versions_edition_version_key" ON "edition_versions" ("edition_id", "version") ');
    await queryRunner.query(
      'CREATE TABLE "newsletter_follows" ("person_id" uuid NOT NULL, "newsletter_id" uuid NOT NULL, "following" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c06b1eb1ea2ad0e7840c9877e05" PRIMARY KEY ("person_id", "newsletter_id"))',
    );
    await queryRunner.query('CREATE INDEX "newsletter_follows_newsletter_id_idx" ON "newsletter_follows" ("newsletter_id") ');
    await queryRunner.query(
      'CREATE TABLE "edition_reaction_counts" ("edition_id" uuid NOT NULL, "kind" text NOT NULL, "count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_b46206111d84c8fdc59b487e8dc" PRIMARY KEY ("edition_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_reactions" ("edition_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" text NOT NULL, "department_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49725eccb9942ea29f5bee4e6a3" PRIMARY KEY ("edition_id", "person_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE INDEX "edition_reactions_who_idx" ON "edition_reactions" ("edition_id", "kind", "created_at", "person_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_reads" ("edition_id" uuid NOT NULL, "person_id" uuid NOT NULL, "department_id" uuid, "dwell_seconds" integer NOT NULL DEFAULT \'0\', "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fa7fb355a2ffbad755a8f50f61b" PRIMARY KEY ("edition_id", "person_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "editions" ADD CONSTRAINT "editions_newsletter_id_fkey" FOREIGN KEY ("newsletter_id") REFERENCES "newsletters"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_acknowledgements" ADD CONSTRAINT "edition_acknowledgements_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_comments" ADD CONSTRAINT "edition_comments_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_comments" ADD CONSTRAINT "edition_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "edition_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_audience_snapshots" ADD CONSTRAINT "edition_audience_snapshots_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_versions" ADD CONSTRAINT "edition_versions_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_reaction_counts" ADD CONSTRAINT "edition_reaction_counts_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_reactions" ADD CONSTRAINT "edition_reactions_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_reads" ADD CONSTRAINT "edition_reads_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "edition_reads" DROP CONSTRAINT "edition_reads_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_reactions" DROP CONSTRAINT "edition_reactions_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_reaction_counts" DROP CONSTRAINT "edition_reaction_counts_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_versions" DROP CONSTRAINT "edition_versions_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_audience_snapshots" DROP CONSTRAINT "edition_audience_snapshots_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_comments" DROP CONSTRAINT "edition_comments_parent_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_comments" DROP CONSTRAINT "edition_comments_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "edition_acknowledgements" DROP CONSTRAINT "edition_acknowledgements_edition_id_fkey"');
    await queryRunner.query('ALTER TABLE "editions" DROP CONSTRAINT "editions_newsletter_id_fkey"');
    await queryRunner.query('DROP TABLE "edition_reads"');
    await queryRunner.query('DROP INDEX "public"."edition_reactions_who_idx"');
    await queryRunner.query('DROP TABLE "edition_reactions"');
    await queryRunner.query('DROP TABLE "edition_reaction_counts"');
    await queryRunner.query('DROP INDEX "public"."newsletter_follows_newsletter_id_idx"');
    await queryRunner.query('DROP TABLE "newsletter_follows"');
    await queryRunner.query('DROP INDEX "public"."edition_versions_edition_version_key"');
    await queryRunner.query('DROP TABLE "edition_versions"');
    await queryRunner.query('DROP TABLE "edition_audience_snapshots"');
    await queryRunner.query('DROP TABLE "newsletter_preferences"');
    await queryRunner.query('DROP INDEX "public"."edition_comments_edition_id_idx"');
    await queryRunner.query('DROP INDEX "public"."edition_comments_thread_idx"');
    await queryRunner.query('DROP INDEX "public"."edition_comments_replies_idx"');
    await queryRunner.query('DROP INDEX "public"."edition_comments_idempotency_key"');
    await queryRunner.query('DROP TABLE "edition_comments"');
    await queryRunner.query('DROP INDEX "public"."edition_acknowledgements_list_idx"');
    await queryRunner.query('DROP TABLE "edition_acknowledgements"');
    await queryRunner.query('DROP INDEX "public"."editions_newsletter_listing_idx"');
    await queryRunner.query('DROP INDEX "public"."editions_pinned_idx"');
    await queryRunner.query('DROP INDEX "public"."editions_published_idx"');
    await queryRunner.query('DROP INDEX "public"."editions_scheduled_idx"');
    await queryRunner.query('DROP TABLE "editions"');
    await queryRunner.query('DROP INDEX "public"."newsletters_department_id_idx"');
    await queryRunner.query('DROP INDEX "public"."newsletters_name_ja_id_idx"');
    await queryRunner.query('DROP TABLE "newsletters"');
  }
}
