import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { correctableWords, lexiconWords, type SearchTerms } from './search-text';

/** Similar words offered per misspelt word, and how similar they must be (pg_trgm similarity). */
const SIMILAR_MAX = 3;
const SIMILARITY_MIN = 0.35;

/** The English words of a story, as the lexicon takes them. */
export interface LexiconSource {
  title: string;
  titleEn: string | null;
  customer: { accountName: string };
  products: readonly string[];
  tags: readonly string[];
  challengeText: string;
  solutionText: string;
  resultText: string;
  quote: { text: string } | null;
}

/**
 * The lexicon of published stories' English words, for typo tolerance: a query word no
 * story has (by prefix) is searched as its most similar known words too.
 */
@Injectable()
export class StoryLexicon {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds a story's words (on publication and on each edit of a published story). */
  async addStory(manager: EntityManager, story: LexiconSource): Promise<void> {
    const words = lexiconWords(
      [
        story.title,
        story.titleEn ?? '',
        story.customer.accountName,
        ...story.products,
        ...story.tags,
        story.challengeText,
        story.solutionText,
        story.resultText,
        story.quote?.text ?? '',
      ].join(' '),
    );
    if (words.length === 0) return;
    await manager.query(
      `INSERT INTO story_search_terms (term) SELECT unnest($1::text[])
       ON CONFLICT (term) DO UPDATE SET uses = story_search_terms.uses + 1`,
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
      `SELECT w.word, CASE WHEN EXISTS (SELECT 1 FROM story_search_terms t WHERE t.term >= w.word AND t.term < w.word || '{')
         THEN NULL
         ELSE ARRAY(SELECT t.term FROM story_search_terms t
                    WHERE t.term % w.word AND similarity(t.term, w.word) >= $2
                    ORDER BY similarity(t.term, w.word) DESC, t.uses DESC, t.term LIMIT $3) END AS similar
       FROM unnest($1::text[]) AS w(word)`,
      [words, SIMILARITY_MIN, SIMILAR_MAX],
    );
    for (const row of rows) if (row.similar && row.similar.length > 0) similar.set(row.word, row.similar);
    return similar;
  }
}
