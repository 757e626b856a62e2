import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

/** "I have read this must-read": once per person and edition. */
@Entity('edition_acknowledgements')
// Who acknowledged, in order.
@Index('edition_acknowledgements_list_idx', ['editionId', 'acknowledgedAt', 'personId'])
export class EditionAcknowledgementEntity {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_acknowledgements_edition_id_fkey' })
  edition?: EditionEntity;

  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  acknowledgedAt!: Date;
}
