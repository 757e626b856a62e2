import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Locale, type Role } from '@kakehashi/shared-contracts';
import type { PersonDirectoryPort } from '@kakehashi/server-platform';
import { PersonEntity } from './person.entity';

/** The directory's side of sign-in: who may have a session, and just-in-time provisioning. */
@Injectable()
export class PersonDirectoryAdapter implements PersonDirectoryPort {
  constructor(private readonly dataSource: DataSource) {}

  async findActivePerson(personId: string): Promise<{ id: string; roles: Role[]; preferredLocale: Locale } | null> {
    const person = await this.dataSource.getRepository(PersonEntity).findOne({
      where: { id: personId, active: true },
      select: { id: true, roles: true, preferredLocale: true },
    });
    if (!person) return null;
    return { id: person.id, roles: person.roles as Role[], preferredLocale: person.preferredLocale === 'en' ? Locale.en : Locale.ja };
  }

  /**
   * Finds the person by Entra object id, else links a person of the same mail address who
   * has none yet (seeded or imported before first sign-in), else creates one. Roles follow
   * the token's app roles at every sign-in: Entra is where they are granted and revoked.
   */
  async provisionFromEntra(identity: {
    objectId: string;
    email: string | null;
    displayName: string;
    roles: Role[];
  }): Promise<{ id: string; active: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const people = manager.getRepository(PersonEntity);
      const email = (identity.email ?? `${identity.objectId}@entra.invalid`).toLowerCase();
      let person = await people.findOne({ where: { entraObjectId: identity.objectId } });
      let emailTaken = false;
      if (!person) {
        person = await people.findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
        if (person && person.entraObjectId && person.entraObjectId !== identity.objectId) {
          // The address belongs to another Entra account: never merge two identities.
          person = null;
          emailTaken = true;
        }
      }
      if (person) {
        await people.update(
          { id: person.id },
          { entraObjectId: identity.objectId, roles: identity.roles, displayName: identity.displayName || person.displayName },
        );
        return { id: person.id, active: person.active };
      }
      const inserted = await people.insert({
        entraObjectId: identity.objectId,
        email: emailTaken ? `${identity.objectId}@entra.invalid` : email,
        displayName: identity.displayName,
        displayNameEn: identity.displayName,
        roles: identity.roles,
      });
      return { id: String(inserted.identifiers[0]?.['id']), active: true };
    });
  }
}
