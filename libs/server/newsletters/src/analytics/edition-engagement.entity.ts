import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

/**
 * An edition's engagement within its audience, kept as counters in the same statement as
 * each read, reaction, comment and acknowledgement (edition-engagement.ts): a newsletter's
 * analytics over months reads one row per edition instead of every read and reaction.
 */
@Entity('edition_engagement')
export class EditionEngagementEntity {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @OneToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_engagement_edition_id_fkey' })
  edition?: EditionEntity;

  /** People who opened it. */
  @Column({ type: 'integer', default: 0 })
  openers!: number;

  /** People who read it to the end or long enough. */
  @Column({ type: 'integer', default: 0 })
  readers!: number;

  /** People of the audience with at least one reaction. */
  @Column({ type: 'integer', default: 0 })
  reactors!: number;

  /** Comments and replies by the audience, not deleted. */
  @Column({ type: 'integer', default: 0 })
  comments!: number;

  @Column({ type: 'integer', default: 0 })
  acknowledgements!: number;
}
