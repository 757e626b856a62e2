import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, ForbiddenError, Public } from '@kakehashi/server-platform';
import { Person } from '@kakehashi/server-platform';
import { PERSON_COLUMNS, PersonService, toPerson } from '../people/person.service';
import { AuthOptions, type Persona } from './sign-in-options.model';

const CANDIDATES_LIMIT = 20;

@Resolver(() => AuthOptions)
export class SignInOptionsResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
  ) {}

  @Public()
  @Query(() => AuthOptions, { description: 'Sign-in choices; needs no session.' })
  async authOptions(): Promise<AuthOptions> {
    const devSignInEnabled = this.config.auth.mode === 'dev';
    return {
      entraEnabled: this.config.auth.mode === 'entra' && this.config.auth.entra !== undefined,
      devSignInEnabled,
      personas: devSignInEnabled ? await this.personas() : [],
    };
  }

  @Public()
  @Query(() => [Person], { description: 'People to pick from on the dev sign-in page; only when dev sign-in is on.' })
  async devSignInCandidates(@Args('search') search: string): Promise<Person[]> {
    if (this.config.auth.mode !== 'dev') throw new ForbiddenError('Dev sign-in is off.');
    const connection = await this.people.list({ search: search.slice(0, 200), first: CANDIDATES_LIMIT });
    return connection.edges.map((edge) => edge.node);
  }

  private async personas(): Promise<Persona[]> {
    const rows: (Parameters<typeof toPerson>[0] & { persona_key: string })[] = await this.dataSource.query(
      `SELECT dp.persona_key, ${PERSON_COLUMNS}
         FROM demo_personas dp JOIN people p ON p.id = dp.person_id
        WHERE p.active ORDER BY dp.sort_order`,
    );
    const people = await this.people.withDepartments(rows.map(toPerson));
    return rows.map((row, index) => ({ key: row.persona_key, person: people[index]! }));
  }
}
