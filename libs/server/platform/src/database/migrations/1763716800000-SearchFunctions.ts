import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that finds Japanese words of one and two characters as well as English words,
 * with no extension a managed cloud may lack: text is NFKC-normalized (ＡＢＣ = ABC,
 * ｶﾀｶﾅ = カタカナ) and lower-cased; runs of kana/kanji/hangul become overlapping bigrams
 * (plus single characters in documents, so a one-character query matches), as in
 * Elasticsearch's `cjk` analyzer; other words stay whole and match by prefix in queries.
 * Documents: kk_search_vector(text) into a GIN-indexed tsvector. Queries:
 * kk_search_query(text), NULL when the text has no letters (then nothing matches).
 */
export class SearchFunctions1763716800000 implements MigrationInterface {
  name = 'SearchFunctions1763716800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION kk_search_tokens(input text, for_query boolean) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
DECLARE
  run text;
  n int;
  tokens text[] := ARRAY[]::text[];
BEGIN
  IF input IS NULL THEN
    RETURN tokens;
  END IF;
  FOR run IN
    SELECT m[1] FROM regexp_matches(
      lower(normalize(input, NFKC)),
      '([\\u3041-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3005\\u3006\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af]+|[a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]+)',
      'g') AS m
  LOOP
    n := char_length(run);
    IF run ~ '^[a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]' THEN
      tokens := tokens || left(run, 64);
    ELSIF n = 1 THEN
      tokens := tokens || run;
    ELSE
      IF NOT for_query THEN
        FOR i IN 1 .. n LOOP
          tokens := tokens || substr(run, i, 1);
        END LOOP;
      END IF;
      FOR i IN 1 .. n - 1 LOOP
        tokens := tokens || substr(run, i, 2);
      END LOOP;
    END IF;
  END LOOP;
  RETURN tokens;
END$fn$
`);
    await queryRunner.query(`
CREATE FUNCTION kk_search_vector(input text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT array_to_tsvector(kk_search_tokens(input, false))$fn$
`);
    await queryRunner.query(`
CREATE FUNCTION kk_search_query(input text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT string_agg('''' || t || '''' || CASE WHEN t ~ '^[a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]' THEN ':*' ELSE '' END, ' & ')::tsquery
    FROM (SELECT DISTINCT t FROM unnest(kk_search_tokens(left(input, 1000), true)) AS t) AS tokens$fn$
`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION kk_search_query(text)');
    await queryRunner.query('DROP FUNCTION kk_search_vector(text)');
    await queryRunner.query('DROP FUNCTION kk_search_tokens(text, boolean)');
  }
}
