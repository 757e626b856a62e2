import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An Entra sign-in between the redirect to Microsoft and the callback (state, nonce, PKCE verifier). */
@Entity('pending_sign_ins')
export class PendingSignInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('pending_sign_ins_token_hash_key', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Index('pending_sign_ins_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
