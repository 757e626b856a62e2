import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

/** One person's reaction of one kind: the primary key makes a repeated "on" a no-op. */
@Entity('edition_reactions')
// Who reacted with a kind, newest first.
@Index('edition_reactions_who_idx', ['editionId', 'kind', 'createdAt', 'personId'])
export class EditionReactionEntity {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  /** ReactionKind. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_reactions_edition_id_fkey' })
  edition?: EditionEntity;

  /** The reactor's department when they reacted (analytics split without the directory). */
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
