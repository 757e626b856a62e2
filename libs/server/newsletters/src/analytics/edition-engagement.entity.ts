import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

/**
 * An edition's engagement by the department of the person engaging, kept as counters in the
 * same statement as each read, reaction, comment and acknowledgement: analytics read one row
 * per edition and department (joined with the audience snapshot, so only the audience counts)
 * instead of every read and reaction. People without a department are not in any snapshot.
 */
@Entity('edition_engagement')
export class EditionEngagementEntity {
  /** With the counters INCLUDEd, for analytics' sums from the index alone (migration EngagementCountersIndex). */
  @Index('edition_engagement_counters_idx', { synchronize: false })
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_engagement_edition_id_fkey' })
  edition?: EditionEntity;

  /** People who opened it. */
  @Column({ type: 'integer', default: 0 })
  openers!: number;

  /** People who read it to the end or long enough. */
  @Column({ type: 'integer', default: 0 })
  readers!: number;

  /** People with at least one reaction. */
  @Column({ type: 'integer', default: 0 })
  reactors!: number;

  /** Comments and replies, not deleted. */
  @Column({ type: 'integer', default: 0 })
  comments!: number;

  @Column({ type: 'integer', default: 0 })
  acknowledgements!: number;
}
