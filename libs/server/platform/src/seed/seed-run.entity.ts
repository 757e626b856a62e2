import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which demo seed parts have run, so a second start does not duplicate them. */
@Entity('seed_runs')
export class SeedRunEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  completedAt!: Date;
}
