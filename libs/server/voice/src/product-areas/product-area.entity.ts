import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A part of the product that tickets are filed against (admins keep the list). */
@Entity('product_areas')
@Index('product_areas_key', ['key'], { unique: true })
export class ProductAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key such as 'billing' (what imports and links use). */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
