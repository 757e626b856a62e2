import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

/** One row per reader and edition, upgraded from opened to read. */
@Entity('edition_reads')
export class EditionReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_reads_edition_id_fkey' })
  edition?: EditionEntity;

  /** The reader's department when they first opened it. */
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Column({ type: 'integer', default: 0 })
  dwellSeconds!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  /** Read to the end or long enough; null while only opened. */
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
