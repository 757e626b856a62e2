import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Locale, type Role } from '@kakehashi/shared-contracts';
import { descendantsOrSelf } from '@kakehashi/server-platform';
import type { Department, DirectoryRecipient, GraphQLContext, Person, PersonDirectoryPort } from '@kakehashi/server-platform';
import { DepartmentService } from '../departments/department.service';
import { PersonEntity } from './person.entity';
import { PersonLoaders } from './person.loaders';

const toLocale = (value: string) => (value === 'en' ? Locale.en : Locale.ja);

interface RecipientRow {
  id: string;
  display_name: string;
  email: string;
  preferred_locale: string;
  department_id: string | null;
}

const RECIPIENT_COLUMNS = 'id, display_name, email, preferred_locale, department_id';
const toRecipient = (row: RecipientRow): DirectoryRecipient => ({
  id: row.id,
  displayName: row.display_name,
  email: row.email,
  preferredLocale: toLocale(row.preferred_locale),
  departmentId: row.department_id,
});

/** The directory as the platform and the other domains see it: sign-in, people by id, departments, recipients. */
@Injectable()
export class PersonDirectoryAdapter implements PersonDirectoryPort {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: PersonLoaders,
    private readonly departmentService: DepartmentService,
  ) {}

  async findActivePerson(
    personId: string,
  ): Promise<{ id: string; roles: Role[]; preferredLocale: Locale; departmentId: string | null } | null> {
    const person = await this.dataSource.getRepository(PersonEntity).findOne({
      where: { id: personId, active: true },
      select: { id: true, roles: true, preferredLocale: true, departmentId: true },
    });
    if (!person) return null;
    return {
      id: person.id,
      roles: person.roles as Role[],
      preferredLocale: toLocale(person.preferredLocale),
      departmentId: person.departmentId,
    };
  }

  loadPerson(context: GraphQLContext, id: string | null): Promise<Person | null> {
    return this.loaders.byId(context, id);
  }

  departments(): Promise<Department[]> {
    return this.departmentService.all();
  }

  async departmentsWithDescendants(departmentIds: readonly string[]): Promise<string[]> {
    return descendantsOrSelf(await this.departmentService.all(), departmentIds);
  }

  activeMemberCounts(): Promise<Map<string, number>> {
    return this.departmentService.memberCounts();
  }

  async activePeople(departmentIds: readonly string[] | null): Promise<DirectoryRecipient[]> {
    const rows: RecipientRow[] =
      departmentIds === null
        ? await this.dataSource.query(`SELECT ${RECIPIENT_COLUMNS} FROM people WHERE active ORDER BY sort_name, id`)
        : await this.dataSource.query(
            `SELECT ${RECIPIENT_COLUMNS} FROM people WHERE active AND department_id = ANY($1::uuid[]) ORDER BY sort_name, id`,
            [departmentIds],
          );
    return rows.map(toRecipient);
  }

  async activePeopleByIds(ids: readonly string[]): Promise<DirectoryRecipient[]> {
    if (ids.length === 0) return [];
    const rows: RecipientRow[] = await this.dataSource.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM people WHERE active AND id = ANY($1::uuid[]) ORDER BY sort_name, id`,
      [ids],
    );
    return rows.map(toRecipient);
  }

  async activePeopleWithRole(role: Role): Promise<DirectoryRecipient[]> {
    const rows: RecipientRow[] = await this.dataSource.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM people WHERE active AND $1 = ANY(roles) ORDER BY sort_name, id`,
      [role],
    );
    return rows.map(toRecipient);
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
