import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a
 * leaked table does not let anyone sign in. Kept in Postgres so any replica serves it.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('sessions_token_hash_key', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  /** The person (directory); no foreign key, as the platform does not own that table. */
  @Index('sessions_person_id_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  /** 'entra' or 'dev'. */
  @Column({ type: 'text' })
  authMethod!: string;

  /** Kept for the Entra logout hint. */
  @Column({ type: 'text', nullable: true })
  idToken!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  /** Absolute expiry; idle expiry is computed from lastSeenAt. */
  @Index('sessions_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
