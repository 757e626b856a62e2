import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

/** Reactions per edition and kind, kept in the same statement as the reaction (never counted per request). */
@Entity('edition_reaction_counts')
export class EditionReactionCountEntity {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_reaction_counts_edition_id_fkey' })
  edition?: EditionEntity;

  @Column({ type: 'integer', default: 0 })
  count!: number;
}
