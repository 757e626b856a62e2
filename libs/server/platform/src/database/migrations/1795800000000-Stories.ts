import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Success stories. Search: a weighted vector of CJK bigrams and whole words (titles A,
 * customer, products and tags B, quote and outcome labels C, sections D) with positions so
 * that ts_rank can rank, GIN-indexed; pg_trgm (a trusted extension every managed PostgreSQL
 * offers) over the lexicon of English words corrects small typos.
 */
export class Stories1795800000000 implements MigrationInterface {
  name = 'Stories1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // The query-side tokens (CJK bigrams, no single characters: half the size) with each token's position and a
    // weight, 'token':position<weight>: what ranking reads.
    await queryRunner.query(`
CREATE FUNCTION kk_search_vector_weighted(input text, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(
    string_agg('''' || replace(replace(t, '\\', '\\\\'), '''', '''''') || ''':' || least(i, 16383) || weight::text, ' ')::tsvector,
    ''::tsvector)
  FROM unnest(kk_search_tokens(input, true)) WITH ORDINALITY AS u(t, i)$fn$
`);
    // array_to_string is only stable (for arrays of any type); for text[] it is immutable.
    await queryRunner.query(`
CREATE FUNCTION kk_join_words(words text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$ SELECT array_to_string(words, ' ') $fn$
`);
    await queryRunner.query(
      'CREATE TABLE "stories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" text NOT NULL DEFAULT \'DRAFT\', "language" text NOT NULL DEFAULT \'ja\', "title" text NOT NULL, "title_en" text, "account_name" text NOT NULL DEFAULT \'\', "industry" text, "company_size" text, "region" text, "department_ids" uuid array NOT NULL DEFAULT \'{}\', "people_ids" uuid array NOT NULL DEFAULT \'{}\', "co_author_ids" uuid array NOT NULL DEFAULT \'{}\', "products" text array NOT NULL DEFAULT \'{}\', "tags" text array NOT NULL DEFAULT \'{}\', "challenge_html" text NOT NULL DEFAULT \'\', "solution_html" text NOT NULL DEFAULT \'\', "result_html" text NOT NULL DEFAULT \'\', "challenge_text" text NOT NULL DEFAULT \'\', "solution_text" text NOT NULL DEFAULT \'\', "result_text" text NOT NULL DEFAULT \'\', "outcomes" jsonb NOT NULL DEFAULT \'[]\', "outcome_labels" text NOT NULL DEFAULT \'\', "has_outcomes" boolean NOT NULL DEFAULT false, "quote_text" text, "quote_attribution" text, "author_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "verifier_id" uuid, "reviewer_id" uuid, "verify_interval_days" integer NOT NULL DEFAULT \'180\', "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by_id" uuid, "verify_due_at" TIMESTAMP WITH TIME ZONE, "verify_reminded_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "content_updated_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "helpful_count" integer NOT NULL DEFAULT \'0\', "bookmark_count" integer NOT NULL DEFAULT \'0\', "view_count" integer NOT NULL DEFAULT \'0\', "search_vector" tsvector, "rank_vector" tsvector, "similar_ids" uuid array NOT NULL DEFAULT \'{}\', "similar_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_bb6f880b260ed96c452b32a39f0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "stories_owner_idx" ON "stories" ("owner_id") ');
    await queryRunner.query('CREATE INDEX "stories_reviewer_idx" ON "stories" ("reviewer_id") WHERE status = \'IN_REVIEW\'');
    await queryRunner.query('CREATE INDEX "stories_author_idx" ON "stories" ("author_id", "updated_at") ');
    await queryRunner.query('CREATE INDEX "stories_verify_due_idx" ON "stories" ("verify_due_at") WHERE status = \'PUBLISHED\'');
    await queryRunner.query('CREATE INDEX "stories_helpful_idx" ON "stories" ("helpful_count", "id") WHERE status = \'PUBLISHED\'');
    await queryRunner.query('CREATE INDEX "stories_published_idx" ON "stories" ("published_at", "id") WHERE status = \'PUBLISHED\'');
    await queryRunner.query(
      'CREATE TABLE "story_marks" ("story_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6b94fb37b11f655f55968077dc" PRIMARY KEY ("story_id", "person_id", "kind"))',
    );
    await queryRunner.query('CREATE INDEX "story_marks_person_idx" ON "story_marks" ("person_id", "kind", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "story_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "story_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "decision" text NOT NULL, "comment" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42d9639a53a0eba27e5685297ca" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "story_reviews_story_idx" ON "story_reviews" ("story_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "story_search_terms" ("term" text COLLATE "C" NOT NULL, "uses" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_dd72af3e861551c0715146667e5" PRIMARY KEY ("term"))',
    );
    await queryRunner.query(
      'CREATE TABLE "story_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "story_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "replaced_by" uuid NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34cd63e5ae6937142a4419d8f98" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "story_versions_story_version_key" ON "story_versions" ("story_id", "version") ');
    await queryRunner.query(
      'ALTER TABLE "story_marks" ADD CONSTRAINT "story_marks_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "story_reviews" ADD CONSTRAINT "story_reviews_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "story_versions" ADD CONSTRAINT "story_versions_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Search and rank vectors follow the content columns only: counters (votes, views) never re-tokenize a story.
    // Matching reads the whole text (GIN, never the vector itself); ranking reads only the small rank vector, kept in
    // the row: ranking thousands of matches by whole-story vectors (6 kB each, TOASTed) cost 70 ms at 50,000 stories.
    await queryRunner.query(`
CREATE FUNCTION stories_search_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.search_vector := kk_search_vector(
    NEW.title || ' ' || coalesce(NEW.title_en, '') || ' ' || NEW.account_name || ' ' || kk_join_words(NEW.products) || ' ' ||
    kk_join_words(NEW.tags) || ' ' || coalesce(NEW.quote_text, '') || ' ' || NEW.outcome_labels || ' ' ||
    NEW.challenge_text || ' ' || NEW.solution_text || ' ' || NEW.result_text);
  NEW.rank_vector :=
    kk_search_vector_weighted(NEW.title || ' ' || coalesce(NEW.title_en, ''), 'A') ||
    kk_search_vector_weighted(NEW.account_name || ' ' || kk_join_words(NEW.products) || ' ' || kk_join_words(NEW.tags), 'B') ||
    kk_search_vector_weighted(NEW.outcome_labels, 'C');
  RETURN NEW;
END$fn$
`);
    await queryRunner.query(`
CREATE TRIGGER stories_search_vector_trg
  BEFORE INSERT OR UPDATE OF title, title_en, account_name, products, tags, quote_text, outcome_labels, challenge_text, solution_text, result_text
  ON stories FOR EACH ROW EXECUTE FUNCTION stories_search_vector()
`);
    // Ranking reads the rank vector of every match: kept in the row (compressed), never fetched from TOAST.
    await queryRunner.query('ALTER TABLE "stories" ALTER COLUMN "rank_vector" SET STORAGE MAIN');
    await queryRunner.query('CREATE INDEX "stories_search_vector_idx" ON "stories" USING gin ("search_vector")');
    await queryRunner.query(`CREATE INDEX "stories_similar_at_idx" ON "stories" ("similar_at") WHERE status = 'PUBLISHED'`);
    await queryRunner.query('CREATE INDEX "stories_department_ids_idx" ON "stories" USING gin ("department_ids")');
    await queryRunner.query('CREATE INDEX "stories_products_idx" ON "stories" USING gin ("products")');
    await queryRunner.query('CREATE INDEX "stories_tags_idx" ON "stories" USING gin ("tags")');
    await queryRunner.query('CREATE INDEX "story_search_terms_trgm_idx" ON "story_search_terms" USING gin ("term" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER stories_search_vector_trg ON stories');
    await queryRunner.query('DROP FUNCTION stories_search_vector()');
    await queryRunner.query('DROP INDEX "public"."story_search_terms_trgm_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_tags_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_products_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_department_ids_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_similar_at_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_search_vector_idx"');
    await queryRunner.query('ALTER TABLE "story_versions" DROP CONSTRAINT "story_versions_story_id_fkey"');
    await queryRunner.query('ALTER TABLE "story_reviews" DROP CONSTRAINT "story_reviews_story_id_fkey"');
    await queryRunner.query('ALTER TABLE "story_marks" DROP CONSTRAINT "story_marks_story_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."story_versions_story_version_key"');
    await queryRunner.query('DROP TABLE "story_versions"');
    await queryRunner.query('DROP TABLE "story_search_terms"');
    await queryRunner.query('DROP INDEX "public"."story_reviews_story_idx"');
    await queryRunner.query('DROP TABLE "story_reviews"');
    await queryRunner.query('DROP INDEX "public"."story_marks_person_idx"');
    await queryRunner.query('DROP TABLE "story_marks"');
    await queryRunner.query('DROP INDEX "public"."stories_published_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_helpful_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_verify_due_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_author_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_reviewer_idx"');
    await queryRunner.query('DROP INDEX "public"."stories_owner_idx"');
    await queryRunner.query('DROP TABLE "stories"');
    await queryRunner.query('DROP FUNCTION kk_join_words(text[])');
    await queryRunner.query('DROP FUNCTION kk_search_vector_weighted(text, "char")');
  }
}
