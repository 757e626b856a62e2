import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person's newsletter mail settings; no row means the defaults (digest on). */
@Entity('newsletter_preferences')
export class NewsletterPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'boolean', default: true })
  weeklyDigest!: boolean;

  /** The Monday (Asia/Tokyo) of the last digest sent: a re-run job sends no second one. */
  @Column({ type: 'date', nullable: true })
  lastDigestWeek!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
