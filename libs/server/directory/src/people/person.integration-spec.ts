import type { Role } from '@kakehashi/shared-contracts';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { DirectoryModule } from '../directory.module';
import { DIRECTORY_ENTITIES } from '../entities';
import { createDepartment, createPerson } from '../testing/factories';

const PEOPLE = /* GraphQL */ `
  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {
    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          displayNameEn
          department {
            nameJa
          }
          manager {
            displayName
          }
        }
      }
    }
  }
`;

type PeoplePage = {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        displayName: string;
        displayNameEn: string;
        department: { nameJa: string } | null;
        manager: { displayName: string } | null;
      };
    }[];
  };
};

describe('people directory through /graphql', () => {
  let api: TestApp;
  let cookie: string;
  let salesId: string;
  let yamadaId: string;

  beforeAll(async () => {
    api = await startTestApp({ imports: [DirectoryModule], entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES] });
    const sales = await createDepartment(api.dataSource, { code: 'SLS', nameJa: '営業部', nameEn: 'Sales' });
    const support = await createDepartment(api.dataSource, { code: 'SUP', nameJa: 'カスタマーサポート部', nameEn: 'Customer Support' });
    salesId = sales.id;
    const boss = await createPerson(api.dataSource, {
      displayName: '高橋 誠',
      displayNameEn: 'Makoto Takahashi',
      displayNameKana: 'たかはし まこと',
      departmentId: sales.id,
      title: '部長',
    });
    const yamada = await createPerson(api.dataSource, {
      displayName: '山田 太郎',
      displayNameEn: 'Taro Yamada',
      displayNameKana: 'やまだ たろう',
      departmentId: sales.id,
      managerId: boss.id,
    });
    yamadaId = yamada.id;
    await createPerson(api.dataSource, {
      displayName: '山本 花子',
      displayNameEn: 'Hanako Yamamoto',
      displayNameKana: 'やまもと はなこ',
      departmentId: support.id,
      managerId: boss.id,
    });
    await createPerson(api.dataSource, {
      displayName: '田中 一郎',
      displayNameEn: 'Ichiro Tanaka',
      displayNameKana: 'たなか いちろう',
      departmentId: support.id,
      active: false,
    });
    for (let i = 0; i < 25; i += 1) await createPerson(api.dataSource, { departmentId: support.id });
    cookie = await api.signIn(yamada.id);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses the directory without a session', async () => {
    const result = await api.graphql(PEOPLE, { first: 5 });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('tells me who I am once signed in', async () => {
    const result = await api.graphql<{ me: { displayName: string; roles: Role[] } }>('{ me { displayName roles } }', {}, { cookie });
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({ displayName: '山田 太郎', roles: [] });
  });

  it.each([
    ['a two-character Japanese name', '山田', ['山田 太郎']],
    ['a one-character Japanese name', '山', ['山田 太郎', '山本 花子']],
    ['a kana reading', 'やまもと', ['山本 花子']],
    ['an English fragment, any case', 'yAmA', ['山田 太郎', '山本 花子']],
    ['full-width Latin letters', 'ｔａｒｏ', ['山田 太郎']],
  ])('finds people by %s', async (_what, search, expected) => {
    const result = await api.graphql<PeoplePage>(PEOPLE, { search, first: 20 }, { cookie });
    expect(result.errors).toBeUndefined();
    expect(result.data?.people.edges.map((edge) => edge.node.displayName).sort()).toEqual([...expected].sort());
  });

  it('never lists deactivated people', async () => {
    const result = await api.graphql<PeoplePage>(PEOPLE, { search: '田中', first: 20 }, { cookie });
    expect(result.data?.people.edges).toEqual([]);
    expect(result.data?.people.totalCount).toBe(0);
  });

  it('answers search text of any content without failing', async () => {
    for (const search of ['%', "_'\\", '"); DROP TABLE people; --', '!&|:*', '😀', '\u0000']) {
      const result = await api.graphql<PeoplePage>(PEOPLE, { search, first: 5 }, { cookie });
      expect(result.errors).toBeUndefined();
    }
  });

  it('filters by department and pages with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: Awaited<ReturnType<typeof api.graphql<PeoplePage>>> = await api.graphql<PeoplePage>(
        PEOPLE,
        { first: 10, after, departmentId: null },
        { cookie },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.people;
      expect(page.totalCount).toBe(28);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(28);

    const sales = await api.graphql<PeoplePage>(PEOPLE, { first: 10, departmentId: salesId }, { cookie });
    expect(sales.data?.people.edges.map((edge) => edge.node.displayName).sort()).toEqual(['山田 太郎', '高橋 誠'].sort());
    expect(sales.data?.people.edges.every((edge) => edge.node.department?.nameJa === '営業部')).toBe(true);
  });

  it('names the field when paging is out of bounds', async () => {
    const tooMany = await api.graphql(PEOPLE, { first: 101 }, { cookie });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual([{ field: 'first', message: 'must be at most 100' }]);
    const badCursor = await api.graphql(PEOPLE, { first: 5, after: 'not-a-cursor' }, { cookie });
    expect(badCursor.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: 'is not a cursor this list gave out' }]);
    const longSearch = await api.graphql(PEOPLE, { first: 5, search: 'あ'.repeat(201) }, { cookie });
    expect(longSearch.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('search');
  });

  it('reads a page of 28 with departments and managers in a bounded number of statements', async () => {
    const result = await api.graphql<PeoplePage>(PEOPLE, { first: 50 }, { cookie });
    expect(result.data?.people.edges).toHaveLength(28);
    // page, count, departments, managers (the session is cached after sign-in's first request)
    expect(result.statements).toBeLessThanOrEqual(5);
  });

  it('shows a person with manager and department, and refuses an id that is not one', async () => {
    const result = await api.graphql<{
      person: { displayName: string; manager: { displayName: string; directReports: { displayName: string }[] } };
    }>(
      `query($id: ID!) { person(id: $id) { displayName manager { displayName directReports { displayName } } } }`,
      { id: yamadaId },
      { cookie },
    );
    expect(result.data?.person.manager.displayName).toBe('高橋 誠');
    expect(result.data?.person.manager.directReports.map((p) => p.displayName).sort()).toEqual(['山本 花子', '山田 太郎'].sort());
    const bad = await api.graphql('query { person(id: "42") { id } }', {}, { cookie });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'is not a valid id' }] });
  });

  it('reads a profile with its manager and department in one statement', async () => {
    const result = await api.graphql<{ person: { displayName: string; department: { nameJa: string }; manager: { displayName: string } } }>(
      `query($id: ID!) { person(id: $id) { displayName department { nameJa } manager { displayName department { nameJa } } } }`,
      { id: yamadaId },
      { cookie },
    );
    expect(result.data?.person).toEqual({
      displayName: '山田 太郎',
      department: { nameJa: '営業部' },
      manager: { displayName: '高橋 誠', department: { nameJa: '営業部' } },
    });
    expect(result.operationStatements).toBe(1);
  });

  it('lets me change my own profile, names a field that is too long, and refuses a stale version', async () => {
    const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { preferredLocale bio location version } }`;
    const updated = await api.graphql<{
      updateMyProfile: { preferredLocale: string; bio: string; location: string | null; version: number };
    }>(UPDATE, { input: { preferredLocale: 'en', bio: '  法人営業を担当しています。 ' } }, { cookie });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateMyProfile).toMatchObject({ preferredLocale: 'en', bio: '法人営業を担当しています。', location: null });
    const version = updated.data!.updateMyProfile.version;

    const tooLong = await api.graphql(UPDATE, { input: { bio: 'あ'.repeat(1001) } }, { cookie });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'bio', message: 'must be at most 1000 characters' }],
    });

    const stale = await api.graphql(UPDATE, { input: { location: '大阪支社', version: version - 1 } }, { cookie });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await api.graphql<{ me: { location: string | null } }>('{ me { location } }', {}, { cookie });
    expect(after.data?.me.location).toBeNull();
  });
});
