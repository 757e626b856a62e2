import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person's explicit choice to follow or unfollow a newsletter. Without a row the default
 * applies (their own department's newsletters and company-wide ones), so a new employee
 * follows the right ones with no rows written.
 */
@Entity('newsletter_follows')
@Index('newsletter_follows_newsletter_id_idx', ['newsletterId'])
export class NewsletterFollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'uuid' })
  newsletterId!: string;

  @Column({ type: 'boolean' })
  following!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
