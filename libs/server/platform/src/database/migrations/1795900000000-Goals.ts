import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared KPI goals: goals (KGI/KPI) with their latest check-in kept in the row for the
 * board, check-ins (one per cadence slot) with every write kept as an entry, comments on
 * check-ins, and the board's snapshots at each period end.
 */
export class Goals1795900000000 implements MigrationInterface {
  name = 'Goals1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "goal_board_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_kind" text NOT NULL, "fiscal_year" integer NOT NULL, "quarter" integer, "period_start" date NOT NULL, "period_end" date NOT NULL, "rows" jsonb NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9649822d05990f6973bde2e8a2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "goal_board_snapshots_period_key" ON "goal_board_snapshots" ("period_kind", "period_start") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_check_in_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "check_in_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "idempotency_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a5d9b56d9b0e83b99eb598da11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "goal_check_in_comments_idempotency_key" ON "goal_check_in_comments" ("author_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "goal_check_in_comments_check_in_idx" ON "goal_check_in_comments" ("check_in_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_check_in_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "check_in_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "value" numeric NOT NULL, "confidence" text NOT NULL, "note" text NOT NULL DEFAULT \'\', "author_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf248bbc0fc7a063ddda790ebf1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "goal_check_in_entries_idempotency_key" ON "goal_check_in_entries" ("author_id", "idempotency_key") ',
    );
    await queryRunner.query('CREATE INDEX "goal_check_in_entries_check_in_idx" ON "goal_check_in_entries" ("check_in_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "goal_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "slot_start" date NOT NULL, "value" numeric NOT NULL, "confidence" text NOT NULL, "note" text NOT NULL DEFAULT \'\', "author_id" uuid NOT NULL, "comment_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_2a6f644e51cc99ce3e994bb26da" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "goal_check_ins_slot_key" ON "goal_check_ins" ("goal_id", "slot_start") ');
    await queryRunner.query(
      'CREATE TABLE "goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "title_en" text, "description" text NOT NULL DEFAULT \'\', "owner_id" uuid NOT NULL, "department_ids" uuid array NOT NULL DEFAULT \'{}\', "team_ids" uuid array NOT NULL DEFAULT \'{}\', "unit" text NOT NULL, "unit_label" text, "direction" text NOT NULL, "baseline" numeric NOT NULL, "target" numeric, "range_low" numeric, "range_high" numeric, "monthly_targets" numeric array NOT NULL DEFAULT \'{}\', "period_kind" text NOT NULL, "fiscal_year" integer NOT NULL, "quarter" integer, "period_start" date NOT NULL, "period_end" date NOT NULL, "cadence" text NOT NULL, "status" text NOT NULL DEFAULT \'DRAFT\', "parent_id" uuid, "weight" numeric(5,2) NOT NULL DEFAULT \'0\', "recurring" boolean NOT NULL DEFAULT false, "series_id" uuid NOT NULL, "previous_id" uuid, "current_value" numeric, "current_confidence" text, "last_check_in_at" TIMESTAMP WITH TIME ZONE, "last_check_in_slot" date, "trend" numeric array NOT NULL DEFAULT \'{}\', "reminded_slot" date, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "goals_code_period_key" ON "goals" ("code", "period_start", "period_kind") WHERE status <> \'CANCELLED\'',
    );
    await queryRunner.query('CREATE INDEX "goals_series_idx" ON "goals" ("series_id", "period_start") ');
    await queryRunner.query('CREATE INDEX "goals_owner_idx" ON "goals" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "goals_parent_idx" ON "goals" ("parent_id") WHERE parent_id IS NOT NULL');
    await queryRunner.query('CREATE INDEX "goals_period_idx" ON "goals" ("period_start", "period_kind", "status") ');
    // "My goals" and the board's department filter: goals by contributing department.
    await queryRunner.query('CREATE INDEX "goals_department_ids_idx" ON "goals" USING gin ("department_ids")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."goals_department_ids_idx"');
    await queryRunner.query('DROP INDEX "public"."goals_period_idx"');
    await queryRunner.query('DROP INDEX "public"."goals_parent_idx"');
    await queryRunner.query('DROP INDEX "public"."goals_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."goals_series_idx"');
    await queryRunner.query('DROP INDEX "public"."goals_code_period_key"');
    await queryRunner.query('DROP TABLE "goals"');
    await queryRunner.query('DROP INDEX "public"."goal_check_ins_slot_key"');
    await queryRunner.query('DROP TABLE "goal_check_ins"');
    await queryRunner.query('DROP INDEX "public"."goal_check_in_entries_check_in_idx"');
    await queryRunner.query('DROP INDEX "public"."goal_check_in_entries_idempotency_key"');
    await queryRunner.query('DROP TABLE "goal_check_in_entries"');
    await queryRunner.query('DROP INDEX "public"."goal_check_in_comments_check_in_idx"');
    await queryRunner.query('DROP INDEX "public"."goal_check_in_comments_idempotency_key"');
    await queryRunner.query('DROP TABLE "goal_check_in_comments"');
    await queryRunner.query('DROP INDEX "public"."goal_board_snapshots_period_key"');
    await queryRunner.query('DROP TABLE "goal_board_snapshots"');
  }
}
