import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer voice: product areas, tickets (with their voices' customer count and revenue at
 * stake kept in the row for the inbox's sorts), the customers' voices, a ticket's events and
 * comments (replies and internal notes), and the lexicon of English words for typo-tolerant
 * search. Search vectors are kept by a trigger, as for stories: the whole text for search,
 * the summary, theme and accounts for "similar tickets" while filing.
 */
export class CustomerVoice1796000000000 implements MigrationInterface {
  name = 'CustomerVoice1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "product_areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name_ja" text NOT NULL, "name_en" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81f2d339031e581696ac86740b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "product_areas_key" ON "product_areas" ("key") ');
    await queryRunner.query(
      'CREATE TABLE "voice_search_terms" ("term" text COLLATE "C" NOT NULL, "uses" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_14a643044a6a8e3dfd0499b21a5" PRIMARY KEY ("term"))',
    );
    await queryRunner.query(
      'CREATE TABLE "voice_tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "status" text NOT NULL DEFAULT \'NEW\', "summary" text NOT NULL, "category" text NOT NULL, "impact" text NOT NULL, "product_area_id" uuid, "theme" text, "owner_id" uuid, "filer_id" uuid NOT NULL, "merged_into_id" uuid, "decline_reason" text, "goal_ids" uuid array NOT NULL DEFAULT \'{}\', "story_ids" uuid array NOT NULL DEFAULT \'{}\', "voice_count" integer NOT NULL DEFAULT \'0\', "customer_count" integer NOT NULL DEFAULT \'0\', "revenue_at_stake" numeric NOT NULL DEFAULT \'0\', "segments" text array NOT NULL DEFAULT \'{}\', "voice_text" text NOT NULL DEFAULT \'\', "search_vector" tsvector, "summary_vector" tsvector, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "triage_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_triaged_at" TIMESTAMP WITH TIME ZONE, "triage_business_days" integer, "triage_reminded_at" TIMESTAMP WITH TIME ZONE, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_fc1dc50d44612dfb2da26f0647d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "voice_tickets_merged_into_idx" ON "voice_tickets" ("merged_into_id") WHERE merged_into_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "voice_tickets_triage_due_idx" ON "voice_tickets" ("triage_due_at") WHERE status = \'NEW\' AND triage_reminded_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "voice_tickets_untriaged_idx" ON "voice_tickets" ("filed_at", "id") WHERE status = \'NEW\'');
    await queryRunner.query('CREATE INDEX "voice_tickets_status_idx" ON "voice_tickets" ("status", "product_area_id") ');
    await queryRunner.query('CREATE INDEX "voice_tickets_filed_idx" ON "voice_tickets" ("filed_at", "id") ');
    await queryRunner.query('CREATE INDEX "voice_tickets_customers_idx" ON "voice_tickets" ("customer_count", "id") ');
    await queryRunner.query('CREATE INDEX "voice_tickets_revenue_idx" ON "voice_tickets" ("revenue_at_stake", "id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "voice_tickets_number_key" ON "voice_tickets" ("number") ');
    await queryRunner.query(
      'CREATE TABLE "ticket_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" text NOT NULL, "body" text NOT NULL, "idempotency_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_811ed3b81dd8df6b9a92058d89c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ticket_comments_idempotency_key" ON "ticket_comments" ("author_id", "idempotency_key") ');
    await queryRunner.query('CREATE INDEX "ticket_comments_ticket_idx" ON "ticket_comments" ("ticket_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "ticket_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "kind" text NOT NULL, "actor_id" uuid, "from_status" text, "to_status" text, "other_ticket_id" uuid, "internal" boolean NOT NULL DEFAULT false, "data" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d61d07653b492eca67f9bad8ec2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ticket_events_ticket_idx" ON "ticket_events" ("ticket_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "customer_voices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "original_ticket_id" uuid NOT NULL, "filer_id" uuid NOT NULL, "account_name" text NOT NULL, "account_key" text NOT NULL, "segment" text NOT NULL, "annual_contract_value" numeric, "contact_role" text, "channel" text NOT NULL, "verbatim" text NOT NULL, "external_reference" text, "idempotency_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e2afb08058aa74b54da98e1375" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "customer_voices_idempotency_key" ON "customer_voices" ("filer_id", "idempotency_key") ');
    await queryRunner.query('CREATE INDEX "customer_voices_filer_idx" ON "customer_voices" ("filer_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "customer_voices_ticket_idx" ON "customer_voices" ("ticket_id", "created_at") ');
    await queryRunner.query(`
CREATE FUNCTION voice_tickets_search_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.search_vector := kk_search_vector(NEW.summary || ' ' || coalesce(NEW.theme, '') || ' ' || NEW.voice_text);
  NEW.summary_vector := kk_search_vector(NEW.summary || ' ' || coalesce(NEW.theme, ''));
  RETURN NEW;
END$fn$
`);
    await queryRunner.query(`
CREATE TRIGGER voice_tickets_search_vector_trg
  BEFORE INSERT OR UPDATE OF summary, theme, voice_text
  ON voice_tickets FOR EACH ROW EXECUTE FUNCTION voice_tickets_search_vector()
`);
    await queryRunner.query('CREATE INDEX "voice_tickets_search_vector_idx" ON "voice_tickets" USING gin ("search_vector")');
    // "Similar open tickets" while filing looks only at tickets product still acts on.
    await queryRunner.query(
      `CREATE INDEX "voice_tickets_summary_vector_idx" ON "voice_tickets" USING gin ("summary_vector") WHERE status IN ('NEW', 'TRIAGED', 'PLANNED', 'IN_PROGRESS')`,
    );
    await queryRunner.query('CREATE INDEX "voice_tickets_goal_ids_idx" ON "voice_tickets" USING gin ("goal_ids")');
    await queryRunner.query('CREATE INDEX "voice_search_terms_trgm_idx" ON "voice_search_terms" USING gin ("term" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."voice_search_terms_trgm_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_goal_ids_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_summary_vector_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_search_vector_idx"');
    await queryRunner.query('DROP TRIGGER voice_tickets_search_vector_trg ON voice_tickets');
    await queryRunner.query('DROP FUNCTION voice_tickets_search_vector()');
    await queryRunner.query('DROP INDEX "public"."customer_voices_ticket_idx"');
    await queryRunner.query('DROP INDEX "public"."customer_voices_filer_idx"');
    await queryRunner.query('DROP INDEX "public"."customer_voices_idempotency_key"');
    await queryRunner.query('DROP TABLE "customer_voices"');
    await queryRunner.query('DROP INDEX "public"."ticket_events_ticket_idx"');
    await queryRunner.query('DROP TABLE "ticket_events"');
    await queryRunner.query('DROP INDEX "public"."ticket_comments_ticket_idx"');
    await queryRunner.query('DROP INDEX "public"."ticket_comments_idempotency_key"');
    await queryRunner.query('DROP TABLE "ticket_comments"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_number_key"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_revenue_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_customers_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_filed_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_status_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_untriaged_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_triage_due_idx"');
    await queryRunner.query('DROP INDEX "public"."voice_tickets_merged_into_idx"');
    await queryRunner.query('DROP TABLE "voice_tickets"');
    await queryRunner.query('DROP TABLE "voice_search_terms"');
    await queryRunner.query('DROP INDEX "public"."product_areas_key"');
    await queryRunner.query('DROP TABLE "product_areas"');
  }
}
