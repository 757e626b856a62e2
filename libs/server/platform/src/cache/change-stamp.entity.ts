import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many writing statements each stamped table has seen: a statement-level trigger moves
 * its row in the writing transaction (migration ChangeStamps), so a reader that sees the
 * version also sees the rows written with it. Answers kept in memory are checked against it.
 */
@Entity('change_stamps')
export class ChangeStampEntity {
  @PrimaryColumn({ type: 'text' })
  tableName!: string;

  @Column({ type: 'bigint', default: 0 })
  version!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
