import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SearchLexicon } from '@kakehashi/server-platform';

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

/** The lexicon of published stories' English words (story_search_terms), for typo tolerance. */
@Injectable()
export class StoryLexicon extends SearchLexicon {
  constructor(dataSource: DataSource) {
    super(dataSource, 'story_search_terms');
  }

  /** Adds a story's words (on publication and on each edit of a published story). */
  addStory(manager: EntityManager, story: LexiconSource): Promise<void> {
    return this.add(manager, [
      story.title,
      story.titleEn ?? '',
      story.customer.accountName,
      ...story.products,
      ...story.tags,
      story.challengeText,
      story.solutionText,
      story.resultText,
      story.quote?.text ?? '',
    ]);
  }
}
