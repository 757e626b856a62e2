import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EditionEntity } from './edition.entity';

/** Active people per addressed department at publication: analytics' denominators, frozen. */
@Entity('edition_audience_snapshots')
export class EditionAudienceSnapshotEntity {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_audience_snapshots_edition_id_fkey' })
  edition?: EditionEntity;

  @Column({ type: 'integer' })
  memberCount!: number;
}
