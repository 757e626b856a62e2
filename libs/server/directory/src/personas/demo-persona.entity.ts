import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** The seeded people that dev sign-in offers, by what they do (employee, editor, …). */
@Entity('demo_personas')
export class DemoPersonaEntity {
  @PrimaryColumn({ type: 'text' })
  personaKey!: string;

  @Index('demo_personas_person_id_key', { unique: true })
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'demo_personas_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;
}
