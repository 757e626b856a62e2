import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Locale, type Role } from '@kakehashi/shared-contracts';
import { Public } from '../../auth/auth.decorators';
import { PERSON_DIRECTORY, type PersonDirectoryPort } from '../../auth/viewer';
import '../../graphql/enums';

/** One active person: enough directory for platform specs (the real one lives in a domain the platform may not import). */
export const STUB_PERSON_ID = randomUUID();

const notInStub = (): never => {
  throw new Error('not in the stub directory');
};

const directory: PersonDirectoryPort = {
  findActivePerson: async (personId) =>
    personId === STUB_PERSON_ID ? { id: STUB_PERSON_ID, roles: [] as Role[], preferredLocale: Locale.ja, departmentId: null } : null,
  provisionFromEntra: notInStub,
  loadPerson: notInStub,
  departments: notInStub,
  departmentsWithDescendants: notInStub,
  activeMemberCounts: notInStub,
  activePeople: notInStub,
  activePeopleByIds: notInStub,
  activePeopleWithRole: notInStub,
};

/** A schema needs one query. */
@Resolver()
class PingResolver {
  @Public()
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

@Global()
@Module({ providers: [{ provide: PERSON_DIRECTORY, useValue: directory }, PingResolver], exports: [PERSON_DIRECTORY] })
export class StubDirectoryModule {}
