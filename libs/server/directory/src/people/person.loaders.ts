import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, type GraphQLContext, groupedByKeys, loaderKey } from '@kakehashi/server-platform';
import type { Person } from '@kakehashi/server-platform';
import { PersonService } from './person.service';

const BY_ID = loaderKey<string, Person | null>('people.byId');
const DIRECT_REPORTS = loaderKey<string, Person[]>('people.directReports');

@Injectable()
export class PersonLoaders {
  constructor(private readonly people: PersonService) {}

  byId(context: GraphQLContext, id: string | null): Promise<Person | null> {
    if (!id) return Promise.resolve(null);
    return this.byIdLoader(context).load(id);
  }

  directReports(context: GraphQLContext, managerId: string): Promise<Person[]> {
    return context.loaders
      .get(
        DIRECT_REPORTS,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            groupedByKeys(ids, await this.people.directReports(ids), (person) => person.managerId ?? ''),
          ),
      )
      .load(managerId);
  }

  /** Seeds the by-id cache with people a list already fetched (a manager shown twice costs nothing). */
  prime(context: GraphQLContext, people: Person[]): void {
    const loader = this.byIdLoader(context);
    for (const person of people) loader.prime(person.id, person);
  }

  private byIdLoader(context: GraphQLContext): DataLoader<string, Person | null> {
    return context.loaders.get(
      BY_ID,
      () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.people.byIds(ids), (person) => person.id)),
    );
  }
}
