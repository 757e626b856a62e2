import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('stories')
// Listing without search text: published stories, newest first.
@Index('stories_published_idx', ['publishedAt', 'id'], { where: `status = 'PUBLISHED'` })
// Most helpful first.
@Index('stories_helpful_idx', ['helpfulCount', 'id'], { where: `status = 'PUBLISHED'` })
// The reminder job: published stories whose verification is due.
@Index('stories_verify_due_idx', ['verifyDueAt'], { where: `status = 'PUBLISHED'` })
// "My stories": drafts and reviews by person.
@Index('stories_author_idx', ['authorId', 'updatedAt'])
@Index('stories_reviewer_idx', ['reviewerId'], { where: `status = 'IN_REVIEW'` })
@Index('stories_owner_idx', ['ownerId'])
export class StoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** StoryStatus. */
  @Column({ type: 'text', default: 'DRAFT' })
  status!: string;

  /** The language it is written in (ja or en). */
  @Column({ type: 'text', default: 'ja' })
  language!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', default: '' })
  accountName!: string;

  /** StoryIndustry. */
  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  /** StoryCompanySize. */
  @Column({ type: 'text', nullable: true })
  companySize!: string | null;

  /** StoryRegion. */
  @Column({ type: 'text', nullable: true })
  region!: string | null;

  /** Departments involved (facet and filter: GIN). */
  @Index('stories_department_ids_idx', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  departmentIds!: string[];

  /** People involved (credited on the page). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  peopleIds!: string[];

  /** Co-authors edit the draft with the author. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  coAuthorIds!: string[];

  /** Facets, filters and similar stories: GIN. */
  @Index('stories_products_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  products!: string[];

  @Index('stories_tags_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Sanitized on the way in: never stored as sent. */
  @Column({ type: 'text', default: '' })
  challengeHtml!: string;

  @Column({ type: 'text', default: '' })
  solutionHtml!: string;

  @Column({ type: 'text', default: '' })
  resultHtml!: string;

  /** Plain text of each section: what search indexes and snippets quote. */
  @Column({ type: 'text', default: '' })
  challengeText!: string;

  @Column({ type: 'text', default: '' })
  solutionText!: string;

  @Column({ type: 'text', default: '' })
  resultText!: string;

  /** Quantified outcomes: [{ label, before, after, unit, period }], numbers as strings (numeric). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  outcomes!: unknown[];

  /** The outcomes' labels, for search. */
  @Column({ type: 'text', default: '' })
  outcomeLabels!: string;

  @Column({ type: 'boolean', default: false })
  hasOutcomes!: boolean;

  @Column({ type: 'text', nullable: true })
  quoteText!: string | null;

  @Column({ type: 'text', nullable: true })
  quoteAttribution!: string | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  /** Keeps the published story true (default: the author). */
  @Column({ type: 'uuid' })
  ownerId!: string;

  /** Confirms it is still true every verifyIntervalDays (default: the reviewer). */
  @Column({ type: 'uuid', nullable: true })
  verifierId!: string | null;

  /** Approves the draft or asks for changes. */
  @Column({ type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @Column({ type: 'integer', default: 180 })
  verifyIntervalDays!: number;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  /** Last verification (or publication) plus the interval: after it the story is stale. */
  @Column({ type: 'timestamptz', nullable: true })
  verifyDueAt!: Date | null;

  /** When the owner was last reminded (the job reminds once per due date). */
  @Column({ type: 'timestamptz', nullable: true })
  verifyRemindedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Set when a published story's content changes. */
  @Column({ type: 'timestamptz', nullable: true })
  contentUpdatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Counters kept by the writes that move them. */
  @Column({ type: 'integer', default: 0 })
  helpfulCount!: number;

  @Column({ type: 'integer', default: 0 })
  bookmarkCount!: number;

  /** Unique viewers. */
  @Column({ type: 'integer', default: 0 })
  viewCount!: number;

  /**
   * What search matches: every text of the story as CJK bigrams and whole words
   * (kk_search_vector), GIN-indexed. Kept by the trigger stories_search_vector_trg when content
   * columns are written, not as a generated column: PostgreSQL recomputes those on every
   * update, and a vote or a view should not re-tokenize the whole story.
   */
  @Index('stories_search_vector_idx', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  /**
   * What ranks a match (same trigger): titles (A), the customer, products and tags (B) and the
   * outcomes' labels (C), with positions. Small enough to stay in the row.
   */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  rankVector?: string;

  /** Published stories most like this one, best first: computed off the request path (StorySimilarity). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  similarIds!: string[];

  /** When similarIds was last computed (null: never); the nightly refresh takes the oldest first. */
  @Index('stories_similar_at_idx', { where: `status = 'PUBLISHED'` })
  @Column({ type: 'timestamptz', nullable: true })
  similarAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
