import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EditionEntity } from './edition.entity';

/** The content of a published edition as it was before an edit. */
@Entity('edition_versions')
@Index('edition_versions_edition_version_key', ['editionId', 'version'], { unique: true })
export class EditionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_versions_edition_id_fkey' })
  edition?: EditionEntity;

  /** The edition's version this content had. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  coverImageUrl!: string | null;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'text', array: true })
  tags!: string[];

  /** Who made the edit that replaced this content. */
  @Column({ type: 'uuid' })
  replacedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  replacedAt!: Date;
}
