import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A department's newsletter. No foreign key to departments: the directory owns that table. */
@Entity('newsletters')
@Index('newsletters_department_id_idx', ['departmentId'])
@Index('newsletters_name_ja_id_idx', ['nameJa', 'id'])
export class NewsletterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text', default: '' })
  descriptionJa!: string;

  @Column({ type: 'text', default: '' })
  descriptionEn!: string;

  /** NewsletterCadence. */
  @Column({ type: 'text' })
  cadence!: string;

  /** Followed by everyone unless they unfollow (the company's own 社内報). */
  @Column({ type: 'boolean', default: false })
  companyWide!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
