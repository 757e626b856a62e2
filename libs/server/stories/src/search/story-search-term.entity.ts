import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The words of published stories (Latin letters, 3 to 40 long): the lexicon that a
 * misspelt English query word is corrected against, by trigram similarity (pg_trgm).
 */
@Entity('story_search_terms')
export class StorySearchTermEntity {
  /** Byte order ("C"): a prefix is a range of the primary key. */
  @PrimaryColumn({ type: 'text', collation: 'C' })
  @Index('story_search_terms_trgm_idx', { synchronize: false })
  term!: string;

  /** Published stories that used it when it was added (only a hint: never decremented). */
  @Column({ type: 'integer', default: 1 })
  uses!: number;
}
