import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions, sign-ins, seed runs, departments, people and the demo personas. */
export class Directory1795263728288 implements MigrationInterface {
  name = 'Directory1795263728288';

  async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    // TypeORM keeps generated-column expressions here; the migration must not depend on the CLI having made it.
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "person_id" uuid NOT NULL, "auth_method" text NOT NULL, "id_token" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash") ');
    await queryRunner.query('CREATE INDEX "sessions_person_id_idx" ON "sessions" ("person_id") ');
    await queryRunner.query('CREATE INDEX "sessions_expires_at_idx" ON "sessions" ("expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "pending_sign_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "payload" jsonb NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ac326856f2f65059c747395e5a3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "pending_sign_ins_token_hash_key" ON "pending_sign_ins" ("token_hash") ');
    await queryRunner.query('CREATE INDEX "pending_sign_ins_expires_at_idx" ON "pending_sign_ins" ("expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "seed_runs" ("name" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f17d28c235a3f7ece971efd9fa3" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name_ja" text NOT NULL, "name_en" text NOT NULL, "parent_id" uuid, "sort_order" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "departments_code_key" ON "departments" ("code") ');
    await queryRunner.query('CREATE INDEX "departments_parent_id_idx" ON "departments" ("parent_id") ');
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [database, 'public', 'people', 'GENERATED_COLUMN', 'sort_name', "coalesce(nullif(display_name_kana, ''), lower(display_name_en))"],
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'people',
        'GENERATED_COLUMN',
        'search_vector',
        "kk_search_vector(display_name || ' ' || display_name_en || ' ' || coalesce(display_name_kana, '') || ' ' || split_part(email, '@', 1))",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entra_object_id" text, "email" text NOT NULL, "display_name" text NOT NULL, "display_name_en" text NOT NULL, "display_name_kana" text, "title" text, "title_en" text, "department_id" uuid, "manager_id" uuid, "preferred_locale" text NOT NULL DEFAULT \'ja\', "roles" text array NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "bio" text, "location" text, "sort_name" text GENERATED ALWAYS AS (coalesce(nullif(display_name_kana, \'\'), lower(display_name_en))) STORED NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (kk_search_vector(display_name || \' \' || display_name_en || \' \' || coalesce(display_name_kana, \'\') || \' \' || split_part(email, \'@\', 1))) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "people_entra_object_id_key" ON "people" ("entra_object_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "people_email_key" ON "people" ("email") ');
    await queryRunner.query('CREATE INDEX "people_manager_id_idx" ON "people" ("manager_id") ');
    await queryRunner.query('CREATE INDEX "people_department_sort_idx" ON "people" ("department_id", "sort_name", "id") ');
    // Serves people search (kk_search_query); declared with synchronize: false on the entity.
    await queryRunner.query('CREATE INDEX "people_search_vector_idx" ON "people" USING gin ("search_vector")');
    await queryRunner.query('CREATE INDEX "people_active_sort_idx" ON "people" ("active", "sort_name", "id") ');
    await queryRunner.query(
      'CREATE TABLE "demo_personas" ("persona_key" text NOT NULL, "person_id" uuid NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_6723b206fe5d63c2ee867f61dad" PRIMARY KEY ("persona_key"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "demo_personas_person_id_key" ON "demo_personas" ("person_id") ');
    await queryRunner.query(
      'ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "people" ADD CONSTRAINT "people_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "people" ADD CONSTRAINT "people_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "demo_personas" ADD CONSTRAINT "demo_personas_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query('ALTER TABLE "demo_personas" DROP CONSTRAINT "demo_personas_person_id_fkey"');
    await queryRunner.query('ALTER TABLE "people" DROP CONSTRAINT "people_manager_id_fkey"');
    await queryRunner.query('ALTER TABLE "people" DROP CONSTRAINT "people_department_id_fkey"');
    await queryRunner.query('ALTER TABLE "departments" DROP CONSTRAINT "departments_parent_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."demo_personas_person_id_key"');
    await queryRunner.query('DROP TABLE "demo_personas"');
    await queryRunner.query('DROP INDEX "public"."people_active_sort_idx"');
    await queryRunner.query('DROP INDEX "public"."people_search_vector_idx"');
    await queryRunner.query('DROP INDEX "public"."people_department_sort_idx"');
    await queryRunner.query('DROP INDEX "public"."people_manager_id_idx"');
    await queryRunner.query('DROP INDEX "public"."people_email_key"');
    await queryRunner.query('DROP INDEX "public"."people_entra_object_id_key"');
    await queryRunner.query('DROP TABLE "people"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'search_vector', database, 'public', 'people'],
    );
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'sort_name', database, 'public', 'people'],
    );
    await queryRunner.query('DROP INDEX "public"."departments_parent_id_idx"');
    await queryRunner.query('DROP INDEX "public"."departments_code_key"');
    await queryRunner.query('DROP TABLE "departments"');
    await queryRunner.query('DROP TABLE "seed_runs"');
    await queryRunner.query('DROP INDEX "public"."pending_sign_ins_expires_at_idx"');
    await queryRunner.query('DROP INDEX "public"."pending_sign_ins_token_hash_key"');
    await queryRunner.query('DROP TABLE "pending_sign_ins"');
    await queryRunner.query('DROP INDEX "public"."sessions_expires_at_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_person_id_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_token_hash_key"');
    await queryRunner.query('DROP TABLE "sessions"');
  }
}
