import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cross-functional teams with rosters, history and linked goals; SCIM provisioning (user keys, groups). */
export class TeamsAndDirectorySync1796100000000 implements MigrationInterface {
  name = 'TeamsAndDirectorySync1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query('ALTER TABLE "people" ADD "scim_user_name" text');
    await queryRunner.query('ALTER TABLE "people" ADD "scim_external_id" text');
    await queryRunner.query('ALTER TABLE "people" ADD "pending_manager_ref" text');
    await queryRunner.query('ALTER TABLE "people" ADD "scim_given_name" text');
    await queryRunner.query('ALTER TABLE "people" ADD "scim_family_name" text');
    await queryRunner.query('ALTER TABLE "people" ADD "scim_deleted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('CREATE INDEX "people_scim_external_id_idx" ON "people" ("scim_external_id") ');
    await queryRunner.query(
      'CREATE INDEX "people_pending_manager_ref_idx" ON "people" ("pending_manager_ref") WHERE pending_manager_ref IS NOT NULL',
    );
    // SCIM userName is case-insensitive (caseExact false): declared with synchronize: false on the entity.
    await queryRunner.query('CREATE UNIQUE INDEX "people_scim_user_name_key" ON "people" (lower("scim_user_name"))');
    // SCIM filter displayName eq (case-insensitive); declared with synchronize: false on the entity.
    await queryRunner.query('CREATE INDEX "people_display_name_lower_idx" ON "people" (lower("display_name"))');

    await queryRunner.query(
      'CREATE TABLE "scim_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "display_name" text NOT NULL, "external_id" text, "department_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_8bacda70f9d3c4028b3abe5387b" PRIMARY KEY ("id"))',
    );
    // Entra matches groups by displayName, which must be unique whatever its case; declared with synchronize: false on the entity.
    await queryRunner.query('CREATE UNIQUE INDEX "scim_groups_display_name_key" ON "scim_groups" (lower("display_name"))');
    await queryRunner.query('CREATE INDEX "scim_groups_department_idx" ON "scim_groups" ("department_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "scim_groups_external_id_key" ON "scim_groups" ("external_id") WHERE external_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "scim_group_members" ("group_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_7f2da5d216e712fe38ecee40dd8" PRIMARY KEY ("group_id", "person_id"))',
    );
    await queryRunner.query('CREATE INDEX "scim_group_members_person_idx" ON "scim_group_members" ("person_id") ');

    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'teams',
        'GENERATED_COLUMN',
        'search_vector',
        "kk_search_vector(name || ' ' || coalesce(name_en, '') || ' ' || mission)",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_en" text, "mission" text NOT NULL DEFAULT \'\', "kind" text NOT NULL, "status" text NOT NULL DEFAULT \'FORMING\', "starts_on" date NOT NULL, "ends_on" date, "channel_url" text, "created_by_id" uuid, "idempotency_key" text, "search_vector" tsvector GENERATED ALWAYS AS (kk_search_vector(name || \' \' || coalesce(name_en, \'\') || \' \' || mission)) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "teams_idempotency_key_key" ON "teams" ("idempotency_key") ');
    await queryRunner.query('CREATE INDEX "teams_status_name_idx" ON "teams" ("status", "name", "id") ');
    await queryRunner.query('CREATE INDEX "teams_name_idx" ON "teams" ("name", "id") ');
    // Team search; declared with synchronize: false on the entity.
    await queryRunner.query('CREATE INDEX "teams_search_vector_idx" ON "teams" USING gin ("search_vector")');

    await queryRunner.query(
      'CREATE TABLE "team_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "kind" text NOT NULL, "actor_id" uuid, "person_id" uuid, "changes" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3d1aa50920ba00aae314c918b57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "team_events_team_idx" ON "team_events" ("team_id", "created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "team_goals" ("team_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "relation" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3a2344f2e3e9a76974bfe47331c" PRIMARY KEY ("team_id", "goal_id"))',
    );
    await queryRunner.query('CREATE INDEX "team_goals_goal_idx" ON "team_goals" ("goal_id") ');
    await queryRunner.query(
      'CREATE TABLE "team_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "allocation" smallint NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "team_members_dates_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "team_members_allocation_check" CHECK (allocation BETWEEN 0 AND 100), CONSTRAINT "PK_ca3eae89dcf20c9fd95bf7460aa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "team_members_person_idx" ON "team_members" ("person_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "team_members_team_person_key" ON "team_members" ("team_id", "person_id") ');

    await queryRunner.query(
      'ALTER TABLE "scim_groups" ADD CONSTRAINT "scim_groups_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scim_group_members" ADD CONSTRAINT "scim_group_members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "scim_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scim_group_members" ADD CONSTRAINT "scim_group_members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team_events" ADD CONSTRAINT "team_events_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team_members" ADD CONSTRAINT "team_members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query('ALTER TABLE "team_members" DROP CONSTRAINT "team_members_person_id_fkey"');
    await queryRunner.query('ALTER TABLE "team_members" DROP CONSTRAINT "team_members_team_id_fkey"');
    await queryRunner.query('ALTER TABLE "team_goals" DROP CONSTRAINT "team_goals_team_id_fkey"');
    await queryRunner.query('ALTER TABLE "team_events" DROP CONSTRAINT "team_events_team_id_fkey"');
    await queryRunner.query('ALTER TABLE "scim_group_members" DROP CONSTRAINT "scim_group_members_person_id_fkey"');
    await queryRunner.query('ALTER TABLE "scim_group_members" DROP CONSTRAINT "scim_group_members_group_id_fkey"');
    await queryRunner.query('ALTER TABLE "scim_groups" DROP CONSTRAINT "scim_groups_department_id_fkey"');
    await queryRunner.query('DROP TABLE "team_members"');
    await queryRunner.query('DROP TABLE "team_goals"');
    await queryRunner.query('DROP TABLE "team_events"');
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'search_vector', database, 'public', 'teams'],
    );
    await queryRunner.query('DROP TABLE "scim_group_members"');
    await queryRunner.query('DROP TABLE "scim_groups"');
    await queryRunner.query('DROP INDEX "public"."people_display_name_lower_idx"');
    await queryRunner.query('DROP INDEX "public"."people_scim_user_name_key"');
    await queryRunner.query('DROP INDEX "public"."people_pending_manager_ref_idx"');
    await queryRunner.query('DROP INDEX "public"."people_scim_external_id_idx"');
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "scim_deleted_at"');
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "scim_family_name"');
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "scim_given_name"');
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "pending_manager_ref"');
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "scim_external_id"');
    await queryRunner.query('ALTER TABLE "people" DROP COLUMN "scim_user_name"');
  }
}
