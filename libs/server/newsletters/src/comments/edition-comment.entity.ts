import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { EditionEntity } from '../editions/edition.entity';

@Entity('edition_comments')
// Top-level comments of an edition, oldest first.
@Index('edition_comments_thread_idx', ['editionId', 'createdAt', 'id'], { where: 'parent_id IS NULL' })
// Replies under a comment.
@Index('edition_comments_replies_idx', ['parentId', 'createdAt', 'id'], { where: 'parent_id IS NOT NULL' })
// Comment counts and analytics of an edition (replies included).
@Index('edition_comments_edition_id_idx', ['editionId'])
// A retried post finds the first one.
@Index('edition_comments_idempotency_key', ['authorId', 'idempotencyKey'], { unique: true })
export class EditionCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_comments_edition_id_fkey' })
  edition?: EditionEntity;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => EditionCommentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'edition_comments_parent_id_fkey' })
  parent?: EditionCommentEntity | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  /** The author's department when they wrote it (analytics). */
  @Column({ type: 'uuid', nullable: true })
  authorDepartmentId!: string | null;

  /** Plain text. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds!: string[];

  @Column({ type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
