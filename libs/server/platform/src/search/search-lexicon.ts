import type { DataSource, EntityManager } from 'typeorm';
import { correctableWords, lexiconWords, type SearchTerms } from './search-text';

/** Similar words offered per misspelt word, and how similar they must be (pg_trgm similarity). */
const SIMILAR_MAX = 3;
const SIMILARITY_MIN = 0.35;
const TABLE_NAME = /^[a-z_]+$/;

/**
 * A domain's lexicon of English words (a table `term text COLLATE "C" PRIMARY KEY, uses int`
 * with a gin_trgm_ops index on term), for typo tolerance: a query word no document has (by
 * prefix) is searched as its most similar known words too.
 */
export class SearchLexicon {
  constructor(
    private readonly dataSource: DataSource,
    private readonly table: string,
  ) {
    if (!TABLE_NAME.test(table)) throw new Error(`SearchLexicon: "${table}" is not a table name.`);
  }

  /** Adds the English words of a document's texts. */
  async add(manager: EntityManager, texts: readonly string[]): Promise<void> {
    const words = lexiconWords(texts.join(' '));
    if (words.length === 0) return;
    await manager.query(
      `INSERT INTO ${this.table} (term) SELECT unnest($1::text[])
       ON CONFLICT (term) DO UPDATE SET uses = ${this.table}.uses + 1`,
      [words],
    );
  }

  /**
   * For each correctable word of the query that no known word starts with, its most similar
   * known words (one statement for all of them; none when the query has no such word).
   */
  async similarWords(terms: SearchTerms): Promise<Map<string, string[]>> {
    const words = correctableWords(terms);
    const similar = new Map<string, string[]>();
    if (words.length === 0) return similar;
    const rows = await this.dataSource.query<{ word: string; similar: string[] | null }[]>(
      `SELECT w.word, CASE WHEN EXISTS (SELECT 1 FROM ${this.table} t WHERE t.term >= w.word AND t.term < w.word || '{')
         THEN NULL
         ELSE ARRAY(SELECT t.term FROM ${this.table} t
                    WHERE t.term % w.word AND similarity(t.term, w.word) >= $2
                    ORDER BY similarity(t.term, w.word) DESC, t.uses DESC, t.term LIMIT $3) END AS similar
       FROM unnest($1::text[]) AS w(word)`,
      [words, SIMILARITY_MIN, SIMILAR_MAX],
    );
    for (const row of rows) if (row.similar && row.similar.length > 0) similar.set(row.word, row.similar);
    return similar;
  }
}
