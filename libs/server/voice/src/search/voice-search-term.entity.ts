import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** English words of tickets (Latin letters, 3 to 40 long): what a misspelt query word is corrected against (pg_trgm). */
@Entity('voice_search_terms')
export class VoiceSearchTermEntity {
  /** Byte order ("C"): a prefix is a range of the primary key. */
  @PrimaryColumn({ type: 'text', collation: 'C' })
  @Index('voice_search_terms_trgm_idx', { synchronize: false })
  term!: string;

  @Column({ type: 'integer', default: 1 })
  uses!: number;
}
