import { Role } from '@kakehashi/shared-contracts';
import { PLATFORM_ENTITIES, SeedService } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { DirectoryModule } from '../directory.module';
import { DIRECTORY_ENTITIES } from '../entities';

const AUTH_OPTIONS = '{ authOptions { entraEnabled devSignInEnabled personas { key person { id displayName roles } } } }';

interface AuthOptions {
  authOptions: {
    entraEnabled: boolean;
    devSignInEnabled: boolean;
    personas: { key: string; person: { id: string; displayName: string; roles: Role[] } }[];
  };
}

describe('sign-in page data through /graphql', () => {
  let api: TestApp;

  async function peopleCount(): Promise<number> {
    const [{ count }] = await api.dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM people');
    return Number(count);
  }

  beforeAll(async () => {
    api = await startTestApp({ imports: [DirectoryModule], entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES] });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers signed out, with no personas before the demo seed', async () => {
    const result = await api.graphql<AuthOptions>(AUTH_OPTIONS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.authOptions).toEqual({ entraEnabled: false, devSignInEnabled: true, personas: [] });
  });

  it('seeds the demo company once', async () => {
    expect(await api.app.get(SeedService).seedOnce()).toEqual(['directory', 'teams']);
    const seeded = await peopleCount();
    expect(seeded).toBeGreaterThanOrEqual(140);
    expect(seeded).toBeLessThanOrEqual(160);

    expect(await api.app.get(SeedService).seedOnce()).toEqual([]);
    expect(await peopleCount()).toBe(seeded);
  });

  it('lists the seeded personas in order, signed out', async () => {
    const result = await api.graphql<AuthOptions>(AUTH_OPTIONS);
    expect(result.errors).toBeUndefined();
    const { personas } = result.data!.authOptions;
    expect(personas.map((persona) => [persona.key, persona.person.displayName])).toEqual([
      ['employee', '佐藤 翔太'],
      ['editor', '中村 美咲'],
      ['sales', '田中 健太'],
      ['support', '小林 彩'],
      ['product', '伊藤 直樹'],
      ['executive', '山本 浩二'],
      ['admin', '加藤 誠'],
    ]);
    expect(personas.find((persona) => persona.key === 'admin')?.person.roles).toContain(Role.HUB_ADMIN);
    expect(personas.find((persona) => persona.key === 'editor')?.person.roles).toContain(Role.HUB_EDITOR);
  });

  it('signs in as a persona it offers', async () => {
    const { data } = await api.graphql<AuthOptions>(AUTH_OPTIONS);
    const admin = data!.authOptions.personas.find((persona) => persona.key === 'admin')!.person;
    const cookie = await api.signIn(admin.id);
    const me = await api.graphql<{ me: { id: string; roles: Role[] } }>('{ me { id roles } }', {}, { cookie });
    expect(me.data?.me).toEqual({ id: admin.id, roles: admin.roles });
  });

  it('finds people to sign in as by name, signed out', async () => {
    const result = await api.graphql<{ devSignInCandidates: { displayName: string; displayNameEn: string }[] }>(
      'query($search: String!) { devSignInCandidates(search: $search) { displayName displayNameEn } }',
      { search: '佐藤' },
    );
    expect(result.errors).toBeUndefined();
    const names = result.data!.devSignInCandidates.map((person) => person.displayName);
    expect(names).toContain('佐藤 翔太');
    expect(names.length).toBeLessThanOrEqual(20);
    expect(names.every((name) => name.includes('佐藤'))).toBe(true);

    const english = await api.graphql<{ devSignInCandidates: { displayName: string }[] }>(
      '{ devSignInCandidates(search: "shota") { displayName } }',
    );
    expect(english.data?.devSignInCandidates.map((person) => person.displayName)).toContain('佐藤 翔太');
  });
});
