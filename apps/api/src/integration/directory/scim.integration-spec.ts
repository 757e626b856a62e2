// SCIM 2.0 provisioning at /scim/v2 as Microsoft Entra ID uses it, over real HTTP against real
// Postgres: the bearer token, discovery, users created, adopted, patched (Entra's spellings),
// deactivated and deleted, pagination and filters, groups that stand for departments, and
// SCIM's error format for every refusal.
import { randomUUID } from 'node:crypto';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { actor, createDepartment, createPerson, errorCode } from '../test-kit';
import {
  ENTERPRISE,
  entraCreateUser,
  ERROR_SCHEMA,
  type ErrorBody,
  filterUsers,
  type ListBody,
  patchOp,
  personRow,
  scim,
  SCIM_TOKEN,
  startScimApp,
  type UserBody,
} from './scim-test-kit';

let api: TestApp;

beforeAll(async () => {
  api = await startScimApp();
});

afterAll(async () => {
  await api?.close();
});

const unique = () => randomUUID().slice(0, 13);

async function createUser(extra: Record<string, unknown> = {}): Promise<UserBody> {
  const response = await scim<UserBody>(api, 'POST', '/Users', entraCreateUser(unique(), extra));
  expect(response.status).toBe(201);
  return response.body;
}

function expectScimError(
  response: { status: number; contentType: string | null; body: unknown },
  status: number,
  scimType?: string,
): ErrorBody {
  const body = response.body as ErrorBody;
  expect(response.status).toBe(status);
  expect(response.contentType).toMatch(/^application\/scim\+json/);
  expect(body).toMatchObject({ schemas: [ERROR_SCHEMA], status: String(status) });
  expect(typeof body.detail).toBe('string');
  if (scimType) expect(body.scimType).toBe(scimType);
  return body;
}

async function countPeople(where: string, params: unknown[]): Promise<number> {
  const [row] = await api.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM people WHERE ${where}`, params);
  return row!.count;
}

describe('authentication', () => {
  it('refuses a request without a token with 401 in SCIM’s format', async () => {
    const response = await scim(api, 'GET', '/Users', undefined, { token: null });
    expectScimError(response, 401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a wrong token, a token of another length and a non-Bearer scheme', async () => {
    expectScimError(await scim(api, 'GET', '/Users', undefined, { token: SCIM_TOKEN.replace(/.$/, 'X') }), 401);
    expectScimError(await scim(api, 'GET', '/Users', undefined, { token: 'short' }), 401);
    const basic = await fetch(`${api.baseUrl}/scim/v2/Users`, { headers: { authorization: `Basic ${SCIM_TOKEN}` } });
    expect(basic.status).toBe(401);
  });

  it('refuses before anything else: an unknown path without a token is a 401, not a 404', async () => {
    expectScimError(await scim(api, 'GET', '/Nope', undefined, { token: null }), 401);
    expectScimError(await scim(api, 'GET', '/Nope'), 404);
    expectScimError(await scim(api, 'GET', ''), 404);
    expectScimError(await scim(api, 'DELETE', '/ServiceProviderConfig'), 405);
  });

  it('answers 503 with what to set when SCIM_TOKEN is not configured', async () => {
    const off = await startScimApp({});
    try {
      const body = expectScimError(await scim(off, 'GET', '/Users'), 503);
      expect(body.detail).toMatch(/set SCIM_TOKEN/);
    } finally {
      await off.close();
    }
  });
});

describe('discovery', () => {
  it('describes the service: PATCH and filters (100 at most), no bulk, sort, etag or password change, a bearer token', async () => {
    const response = await scim<
      Record<string, { supported: boolean; maxResults?: number }> & { authenticationSchemes: { type: string }[] }
    >(api, 'GET', '/ServiceProviderConfig');
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/scim\+json/);
    expect(response.body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true, maxResults: 100 },
      bulk: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      changePassword: { supported: false },
    });
    expect(response.body.authenticationSchemes.map((scheme) => scheme.type)).toEqual(['oauthbearertoken']);
  });

  it('lists the User, EnterpriseUser and Group schemas, and each by id', async () => {
    const list = await scim<{ totalResults: number; Resources: { id: string; attributes: { name: string }[] }[] }>(api, 'GET', '/Schemas');
    expect(list.body.totalResults).toBe(3);
    const user = list.body.Resources.find((schema) => schema.id === 'urn:ietf:params:scim:schemas:core:2.0:User');
    expect(user?.attributes.map((attribute) => attribute.name)).toEqual(expect.arrayContaining(['userName', 'active', 'emails', 'name']));
    const enterprise = await scim<{ id: string; attributes: { name: string }[] }>(api, 'GET', `/Schemas/${ENTERPRISE}`);
    expect(enterprise.body.attributes.map((attribute) => attribute.name)).toEqual(['department', 'manager']);
    expectScimError(await scim(api, 'GET', '/Schemas/urn:nope'), 404);
  });

  it('lists the resource types with their endpoints', async () => {
    const list = await scim<{ Resources: { id: string; endpoint: string; schemaExtensions?: { schema: string }[] }[] }>(
      api,
      'GET',
      '/ResourceTypes',
    );
    expect(list.body.Resources.map((type) => [type.id, type.endpoint])).toEqual([
      ['User', '/Users'],
      ['Group', '/Groups'],
    ]);
    const user = await scim<{ schemaExtensions: { schema: string }[] }>(api, 'GET', '/ResourceTypes/User');
    expect(user.body.schemaExtensions).toEqual([{ schema: ENTERPRISE, required: false }]);
  });
});

describe('creating users', () => {
  it('creates a person from Entra’s Create User request (application/scim+json)', async () => {
    const id = unique();
    const response = await scim<UserBody>(
      api,
      'POST',
      '/Users',
      entraCreateUser(id, { displayName: '山田 太郎', title: '営業担当', preferredLanguage: 'en-US' }),
    );
    expect(response.status).toBe(201);
    expect(response.contentType).toMatch(/^application\/scim\+json/);
    const user = response.body;
    expect(response.headers.get('location')).toBe(user.meta.location);
    expect(user).toMatchObject({
      schemas: expect.arrayContaining(['urn:ietf:params:scim:schemas:core:2.0:User']),
      userName: `Test_User_${id}@testuser.com`,
      externalId: `0a21f0f2-${id}`,
      active: true,
      displayName: '山田 太郎',
      title: '営業担当',
      name: { givenName: 'givenName', familyName: 'familyName' },
      emails: [{ value: `test_user_${id}@testuser.com`, type: 'work', primary: true }],
      meta: { resourceType: 'User', location: expect.stringMatching(new RegExp(`/scim/v2/Users/${user.id}$`)), version: 'W/"1"' },
    });
    const row = await personRow(api, user.id);
    expect(row).toMatchObject({
      email: `test_user_${id}@testuser.com`,
      display_name: '山田 太郎',
      display_name_en: 'givenName familyName',
      title: '営業担当',
      preferred_locale: 'en',
      active: true,
      roles: [],
      scim_user_name: `Test_User_${id}@testuser.com`,
    });
  });

  it('answers a re-sent POST with 409 uniqueness and keeps one person', async () => {
    const body = entraCreateUser(unique());
    expect((await scim(api, 'POST', '/Users', body)).status).toBe(201);
    expectScimError(await scim(api, 'POST', '/Users', body), 409, 'uniqueness');
    const sameNameOtherCase = {
      ...body,
      userName: String(body['userName']).toUpperCase(),
      emails: [{ value: `x.${unique()}@testuser.com`, type: 'work' }],
    };
    expectScimError(await scim(api, 'POST', '/Users', sameNameOtherCase), 409, 'uniqueness');
    expect(await countPeople('lower(scim_user_name) = lower($1)', [body['userName']])).toBe(1);
  });

  it('creates one person when the same POST arrives twice at once', async () => {
    const body = entraCreateUser(unique());
    const statuses = (await Promise.all([scim(api, 'POST', '/Users', body), scim(api, 'POST', '/Users', body)])).map(
      (response) => response.status,
    );
    expect(statuses.sort()).toEqual([201, 409]);
    expect(await countPeople('lower(scim_user_name) = lower($1)', [body['userName']])).toBe(1);
  });

  it('refuses an address another provisioned user holds', async () => {
    const first = await createUser();
    const response = await scim(
      api,
      'POST',
      '/Users',
      entraCreateUser(unique(), { emails: [{ value: first.emails[0]!.value, type: 'work', primary: true }] }),
    );
    const body = expectScimError(response, 409, 'uniqueness');
    expect(body.detail).toMatch(/emails/);
  });

  it('takes over a directory person of the same address instead of duplicating them', async () => {
    const seededId = await createPerson(api, { departmentId: null, name: '既存 社員' });
    const seeded = await personRow(api, seededId);
    const response = await scim<UserBody>(
      api,
      'POST',
      '/Users',
      entraCreateUser(unique(), {
        userName: `upn.${unique()}@contoso.onmicrosoft.com`,
        emails: [{ value: seeded.email, type: 'work', primary: true }],
      }),
    );
    expect(response.status).toBe(201);
    expect(response.body.id).toBe(seededId);
    expect(response.body.displayName).toBe('既存 社員');
    expect(await countPeople('email = $1', [seeded.email])).toBe(1);
  });

  it.each([
    ['a missing userName', { userName: undefined }, /userName is required/],
    [
      'an invalid address',
      { emails: [{ value: 'not-an-address', type: 'work', primary: true }] },
      /emails: "not-an-address" is not a valid email address/,
    ],
    ['a displayName over 200 characters', { displayName: 'あ'.repeat(201) }, /displayName must be at most 200 characters/],
    ['a non-boolean active', { active: 'sometimes' }, /active must be true or false/],
    [
      'no address at all and a userName that is none',
      { userName: `plain-${unique()}`, emails: undefined },
      /emails: a work email address is required/,
    ],
  ])('refuses %s with 400 invalidValue naming the attribute, and creates nobody', async (_what, override, detail) => {
    const before = await countPeople('true', []);
    const body = expectScimError(await scim(api, 'POST', '/Users', entraCreateUser(unique(), override)), 400, 'invalidValue');
    expect(body.detail).toMatch(detail);
    expect(await countPeople('true', [])).toBe(before);
  });

  it('refuses a body over the size limit in SCIM’s format', async () => {
    const huge = await scim(api, 'POST', '/Users', entraCreateUser(unique(), { displayName: 'x'.repeat(1_100_000) }));
    expectScimError(huge, 413);
  });

  it('refuses a body that is not JSON in SCIM’s format, and takes plain application/json too', async () => {
    const broken = await scim(api, 'POST', '/Users', undefined, { rawBody: '{"userName": ' });
    expectScimError(broken, 400, 'invalidSyntax');
    const asJson = await scim(api, 'POST', '/Users', entraCreateUser(unique()), { contentType: 'application/json' });
    expect(asJson.status).toBe(201);
  });
});

describe('finding users', () => {
  it('finds a person who never came through SCIM by userName = their address, in any case', async () => {
    const seededId = await createPerson(api, { departmentId: null, name: '佐藤 花子' });
    const { email } = await personRow(api, seededId);
    const response = await filterUsers(api, `userName eq "${email.toUpperCase()}"`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 1,
      startIndex: 1,
      itemsPerPage: 1,
    });
    expect(response.body.Resources[0]).toMatchObject({ id: seededId, userName: email, displayName: '佐藤 花子', active: true });
    expect((await filterUsers(api, `emails[type eq "work"].value eq "${email}"`)).body.Resources.map((user) => user.id)).toEqual([
      seededId,
    ]);
    expect((await filterUsers(api, `displayName eq "佐藤 花子" and userName eq "${email}"`)).body.totalResults).toBe(1);
  });

  it('finds provisioned users by userName, externalId and id; a random GUID (Test Connection) finds nobody', async () => {
    const user = await createUser();
    expect((await filterUsers(api, `userName eq "${user.userName}"`)).body.Resources.map((found) => found.id)).toEqual([user.id]);
    expect((await filterUsers(api, `externalId eq "${user.externalId}"`)).body.Resources.map((found) => found.id)).toEqual([user.id]);
    expect((await filterUsers(api, `id eq "${user.id}"`)).body.totalResults).toBe(1);
    const none = await filterUsers(api, `userName eq "${randomUUID()}"`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it('honours attributes and excludedAttributes for top-level names', async () => {
    const user = await createUser();
    const only = await scim<UserBody>(api, 'GET', `/Users/${user.id}?attributes=userName`);
    expect(Object.keys(only.body).sort()).toEqual(['id', 'schemas', 'userName']);
    const without = await scim<UserBody>(api, 'GET', `/Users/${user.id}?excludedAttributes=emails,name`);
    expect(without.body.emails).toBeUndefined();
    expect(without.body.name).toBeUndefined();
    expect(without.body.userName).toBe(user.userName);
  });

  it('pages with startIndex and count over totalResults', async () => {
    for (let index = 0; index < 3; index += 1) await createUser();
    const total = await countPeople('scim_deleted_at IS NULL', []);
    const first = await scim<ListBody>(api, 'GET', '/Users?startIndex=1&count=2');
    const second = await scim<ListBody>(api, 'GET', '/Users?startIndex=3&count=2');
    expect(first.body).toMatchObject({ totalResults: total, startIndex: 1, itemsPerPage: 2 });
    expect(second.body).toMatchObject({ totalResults: total, startIndex: 3, itemsPerPage: 2 });
    const ids = [...first.body.Resources, ...second.body.Resources].map((user) => user.id);
    expect(new Set(ids).size).toBe(4);
    const countOnly = await scim<ListBody>(api, 'GET', '/Users?count=0');
    expect(countOnly.body).toMatchObject({ totalResults: total, Resources: [] });
    const capped = await scim<ListBody>(api, 'GET', '/Users?count=1000');
    expect(capped.body.itemsPerPage).toBe(Math.min(total, 100));
    const beyond = await scim<ListBody>(api, 'GET', `/Users?startIndex=${total + 1}`);
    expect(beyond.body).toMatchObject({ totalResults: total, Resources: [] });
  });

  it.each([
    ['userName eq', /a value is missing/],
    ['userName co "x"', /"co" is not supported/],
    ['userName eq "x', /unbalanced quotes/],
    ['foo eq "x"', /"foo" is not an attribute of User/],
    ['userName eq "a" or userName eq "b"', /"or" is not supported/],
  ])('refuses the filter %j with 400 invalidFilter naming the problem', async (filter, detail) => {
    const body = expectScimError(await filterUsers(api, filter), 400, 'invalidFilter');
    expect(body.detail).toMatch(detail);
  });

  it('answers 404 in SCIM’s format for an unknown or malformed id', async () => {
    expectScimError(await scim(api, 'GET', `/Users/${randomUUID()}`), 404);
    expectScimError(await scim(api, 'GET', '/Users/5171a35d82074e068ce2'), 404);
  });

  it('answers a malformed percent-encoding in the path or the query with 400 in SCIM’s format', async () => {
    const inPath = expectScimError(await scim(api, 'GET', '/Users/%E0%A4%A'), 400, 'invalidSyntax');
    expect(inPath.detail).toMatch(/percent-encoding/);
    expectScimError(await scim(api, 'PATCH', '/Groups/%zz', patchOp()), 400, 'invalidSyntax');
    expectScimError(await scim(api, 'GET', '/Users?filter=userName%20eq%20%22a%ZZ%22'), 400, 'invalidSyntax');
  });
});

describe('updating users as Entra does', () => {
  it('deactivates with Replace active "False": the person is inactive and their session stops', async () => {
    const user = await createUser();
    const member = await actor(api, user.id);
    expect((await member.gql<{ me: { id: string } }>('{ me { id } }')).data?.me.id).toBe(user.id);

    const response = await scim<UserBody>(api, 'PATCH', `/Users/${user.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }));
    expect(response.status).toBe(200);
    expect(response.body.active).toBe(false);
    expect((await personRow(api, user.id)).active).toBe(false);
    expect(errorCode(await member.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    // An inactive user is still a user: Entra reads them back.
    expect((await scim<UserBody>(api, 'GET', `/Users/${user.id}`)).body.active).toBe(false);

    const back = await scim<UserBody>(api, 'PATCH', `/Users/${user.id}`, patchOp({ op: 'Replace', path: 'active', value: 'True' }));
    expect(back.body.active).toBe(true);
    expect((await personRow(api, user.id)).roles).toEqual([]);
  });

  it('replaces the work address, name parts and title (Update User [Multi-valued properties])', async () => {
    const user = await createUser({ displayName: '山田 太郎' });
    const address = `updated.${unique()}@Microsoft.com`;
    const response = await scim<UserBody>(
      api,
      'PATCH',
      `/Users/${user.id}`,
      patchOp(
        { op: 'Replace', path: 'emails[type eq "work"].value', value: address },
        { op: 'Replace', path: 'name.givenName', value: 'Taro' },
        { op: 'Replace', path: 'name.familyName', value: 'Yamada' },
        { op: 'Add', path: 'title', value: '課長' },
        { op: 'Add', path: 'nickName', value: 'Babs' },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      emails: [{ value: address.toLowerCase() }],
      title: '課長',
      name: { givenName: 'Taro', familyName: 'Yamada' },
    });
    expect(response.body.meta.version).toBe('W/"2"');
    const row = await personRow(api, user.id);
    expect(row).toMatchObject({ email: address.toLowerCase(), display_name: '山田 太郎', display_name_en: 'Taro Yamada', title: '課長' });

    // A name in Japanese script is not an English name: display_name_en stays.
    await scim(
      api,
      'PATCH',
      `/Users/${user.id}`,
      patchOp({ op: 'Replace', path: 'name.givenName', value: '太郎' }, { op: 'Replace', path: 'name.familyName', value: '山田' }),
    );
    expect((await personRow(api, user.id)).display_name_en).toBe('Taro Yamada');
  });

  it('adds a work address and applies a path-less object value whose keys are paths (aadOptscim062020)', async () => {
    const user = await createUser();
    const address = `added.${unique()}@example.com`;
    const response = await scim<UserBody>(
      api,
      'PATCH',
      `/Users/${user.id}`,
      patchOp(
        { op: 'Add', path: 'emails[type eq "work"].value', value: address },
        {
          op: 'replace',
          value: {
            displayName: 'Bjfe',
            'name.givenName': 'Kkom',
            'name.familyName': 'Unua',
            [`${ENTERPRISE}:employeeNumber`]: 'Aklq',
            preferredLanguage: 'ja-JP',
          },
        },
      ),
    );
    expect(response.status).toBe(200);
    expect(await personRow(api, user.id)).toMatchObject({
      email: address,
      display_name: 'Bjfe',
      display_name_en: 'Kkom Unua',
      preferred_locale: 'ja',
    });
  });

  it('creates a department Entra names that does not exist, and matches an existing one by code or name in any width or case', async () => {
    const user = await createUser();
    const name = `営業企画部${unique()}`;
    const created = await scim<UserBody>(
      api,
      'PATCH',
      `/Users/${user.id}`,
      patchOp({ op: 'Add', path: `${ENTERPRISE}:department`, value: name }),
    );
    expect(created.status).toBe(200);
    expect(created.body[ENTERPRISE]?.department).toBe(name);
    const [department] = await api.dataSource.query<{ id: string; code: string; parent_id: string | null }[]>(
      'SELECT id, code, parent_id FROM departments WHERE name_ja = $1',
      [name],
    );
    expect(department).toMatchObject({ parent_id: null });
    expect((await personRow(api, user.id)).department_id).toBe(department!.id);

    const existing = await createDepartment(api, 'カスタマーサクセス部');
    const [{ code }] = await api.dataSource.query<{ code: string }[]>('SELECT code FROM departments WHERE id = $1', [existing]);
    const other = await createUser();
    const fullWidth = code!.replace(/[A-Za-z0-9]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).toLowerCase();
    await scim(api, 'PATCH', `/Users/${other.id}`, patchOp({ op: 'Replace', path: `${ENTERPRISE}:department`, value: fullWidth }));
    expect((await personRow(api, other.id)).department_id).toBe(existing);
    const departments = await api.dataSource.query<unknown[]>('SELECT 1 FROM departments');
    await scim(
      api,
      'PATCH',
      `/Users/${other.id}`,
      patchOp({ op: 'Replace', path: `${ENTERPRISE}:department`, value: 'カスタマーサクセス部' }),
    );
    expect((await personRow(api, other.id)).department_id).toBe(existing);
    expect(await api.dataSource.query<unknown[]>('SELECT 1 FROM departments')).toHaveLength(departments.length);
  });

  it('sets the manager from a string value, and from Entra’s "manager" path with an array', async () => {
    const boss = await createUser();
    const user = await createUser();
    const response = await scim<UserBody>(
      api,
      'PATCH',
      `/Users/${user.id}`,
      patchOp({ op: 'Add', path: `${ENTERPRISE}:manager`, value: boss.id }),
    );
    expect(response.body[ENTERPRISE]?.manager).toMatchObject({ value: boss.id, $ref: expect.stringContaining(`/Users/${boss.id}`) });
    expect((await personRow(api, user.id)).manager_id).toBe(boss.id);
    // Entra checks a manager with a filter before changing it.
    expect((await filterUsers(api, `id eq "${user.id}" and manager eq "${boss.id}"`)).body.totalResults).toBe(1);

    const other = await createUser();
    await scim(
      api,
      'PATCH',
      `/Users/${user.id}`,
      patchOp({ op: 'Add', path: 'manager', value: [{ $ref: `http://x/scim/Users/${other.id}`, value: other.id }] }),
    );
    expect((await personRow(api, user.id)).manager_id).toBe(other.id);
    await scim(api, 'PATCH', `/Users/${user.id}`, patchOp({ op: 'Remove', path: `${ENTERPRISE}:manager` }));
    expect((await personRow(api, user.id)).manager_id).toBeNull();
  });

  it('keeps a manager reference to someone not provisioned yet and resolves it when they arrive', async () => {
    const bossExternalId = `boss-${unique()}`;
    const report = await createUser({ [ENTERPRISE]: { manager: { value: bossExternalId } } });
    expect((await personRow(api, report.id)).pending_manager_ref).toBe(bossExternalId);
    expect(report[ENTERPRISE]?.manager).toBeUndefined();

    const boss = await createUser({ externalId: bossExternalId });
    const row = await personRow(api, report.id);
    expect(row).toMatchObject({ manager_id: boss.id, pending_manager_ref: null });
    expect((await scim<UserBody>(api, 'GET', `/Users/${report.id}`)).body[ENTERPRISE]?.manager?.value).toBe(boss.id);

    // By userName too, resolved when the manager's userName is changed to it later.
    const laterUserName = `later.${unique()}@testuser.com`;
    const second = await createUser();
    await scim(api, 'PATCH', `/Users/${second.id}`, patchOp({ op: 'Replace', path: `${ENTERPRISE}:manager`, value: laterUserName }));
    expect((await personRow(api, second.id)).pending_manager_ref).toBe(laterUserName);
    await scim(api, 'PATCH', `/Users/${boss.id}`, patchOp({ op: 'Replace', path: 'userName', value: laterUserName.toUpperCase() }));
    expect((await personRow(api, second.id)).manager_id).toBe(boss.id);
  });

  it('replaces a user with PUT: what is left out is cleared', async () => {
    const user = await createUser({ title: '主任', displayName: '旧 名前' });
    const response = await scim<UserBody>(api, 'PUT', `/Users/${user.id}`, {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: user.userName,
      displayName: '新 名前',
      emails: user.emails,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ displayName: '新 名前', active: true });
    expect(response.body.title).toBeUndefined();
    expect(response.body.externalId).toBeUndefined();
    expect(await personRow(api, user.id)).toMatchObject({ display_name: '新 名前', title: null, scim_external_id: null });
  });

  it('refuses a PATCH that would take another user’s userName or address, and invalid values', async () => {
    const first = await createUser();
    const second = await createUser();
    expectScimError(
      await scim(api, 'PATCH', `/Users/${second.id}`, patchOp({ op: 'Replace', path: 'userName', value: first.userName })),
      409,
      'uniqueness',
    );
    expectScimError(
      await scim(
        api,
        'PATCH',
        `/Users/${second.id}`,
        patchOp({ op: 'Replace', path: 'emails[type eq "work"].value', value: first.emails[0]!.value }),
      ),
      409,
      'uniqueness',
    );
    const invalid = expectScimError(
      await scim(api, 'PATCH', `/Users/${second.id}`, patchOp({ op: 'Replace', path: 'displayName', value: 'x'.repeat(201) })),
      400,
      'invalidValue',
    );
    expect(invalid.detail).toMatch(/displayName/);
    expectScimError(await scim(api, 'PATCH', `/Users/${second.id}`, { schemas: ['x'] }), 400, 'invalidSyntax');
    expectScimError(
      await scim(api, 'PATCH', `/Users/${second.id}`, patchOp({ op: 'Replace', path: 'emails[type eq "work"', value: 'x' })),
      400,
      'invalidPath',
    );
  });
});

describe('deleting users', () => {
  it('deactivates on DELETE and answers 404 afterwards; the same userName brings the person back', async () => {
    const body = entraCreateUser(unique());
    const user = (await scim<UserBody>(api, 'POST', '/Users', body)).body;
    const deleted = await scim(api, 'DELETE', `/Users/${user.id}`);
    expect(deleted.status).toBe(204);
    expectScimError(await scim(api, 'GET', `/Users/${user.id}`), 404);
    expectScimError(await scim(api, 'PATCH', `/Users/${user.id}`, patchOp({ op: 'Replace', path: 'title', value: 'x' })), 404);
    expectScimError(await scim(api, 'DELETE', `/Users/${user.id}`), 404);
    expect((await filterUsers(api, `userName eq "${user.userName}"`)).body.totalResults).toBe(0);
    // The row stays (what they wrote stays theirs), inactive.
    expect(await personRow(api, user.id)).toMatchObject({ active: false, scim_deleted_at: expect.any(Date) });

    const again = await scim<UserBody>(api, 'POST', '/Users', body);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: user.id, active: true });
    expect(await personRow(api, user.id)).toMatchObject({ active: true, scim_deleted_at: null });
  });
});

describe('groups', () => {
  async function createGroup(displayName: string, members: string[] = [], externalId?: string): Promise<UserBody> {
    const response = await scim<UserBody>(api, 'POST', '/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
      externalId: externalId ?? randomUUID(),
      displayName,
      members: members.map((value) => ({ value })),
      meta: { resourceType: 'Group' },
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function memberIds(groupId: string): Promise<string[]> {
    const response = await scim<UserBody>(api, 'GET', `/Groups/${groupId}`);
    return (response.body.members ?? []).map((member) => member.value).sort();
  }

  it('creates a group with members, finds it by displayName without its members, as Entra asks', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const name = `Project ${unique()}`;
    const group = await createGroup(name, [a.id, b.id]);
    expect(group.members?.map((member) => member.value).sort()).toEqual([a.id, b.id].sort());
    expect(group.meta.resourceType).toBe('Group');

    const found = await scim<ListBody>(
      api,
      'GET',
      `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "${name}"`)}`,
    );
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0]).toMatchObject({ id: group.id, displayName: name });
    expect(found.body.Resources[0]!.members).toBeUndefined();
    const single = await scim<UserBody>(api, 'GET', `/Groups/${group.id}?excludedAttributes=members`);
    expect(single.body.members).toBeUndefined();
    expectScimError(await scim(api, 'POST', '/Groups', { displayName: name.toUpperCase() }), 409, 'uniqueness');
    expectScimError(await scim(api, 'GET', `/Groups?filter=${encodeURIComponent('displayName co "x"')}`), 400, 'invalidFilter');
  });

  it('adds and removes members with PATCH in both of Entra’s forms (204)', async () => {
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const group = await createGroup(`Team ${unique()}`);
    const added = await scim(
      api,
      'PATCH',
      `/Groups/${group.id}`,
      patchOp({ op: 'Add', path: 'members', value: [{ $ref: null, value: a.id }, { value: b.id }, { value: c.id }] }),
    );
    expect(added.status).toBe(204);
    expect(await memberIds(group.id)).toEqual([a.id, b.id, c.id].sort());

    await scim(api, 'PATCH', `/Groups/${group.id}`, patchOp({ op: 'Remove', path: `members[value eq "${a.id}"]` }));
    await scim(api, 'PATCH', `/Groups/${group.id}`, patchOp({ op: 'Remove', path: 'members', value: [{ $ref: null, value: b.id }] }));
    expect(await memberIds(group.id)).toEqual([c.id]);
    expect(
      (await scim<ListBody>(api, 'GET', `/Groups?filter=${encodeURIComponent(`members[value eq "${c.id}"]`)}`)).body.totalResults,
    ).toBe(1);

    const renamed = `Renamed ${unique()}`;
    expect((await scim(api, 'PATCH', `/Groups/${group.id}`, patchOp({ op: 'Replace', path: 'displayName', value: renamed }))).status).toBe(
      204,
    );
    expect((await scim<UserBody>(api, 'GET', `/Groups/${group.id}`)).body.displayName).toBe(renamed);
  });

  it('refuses unknown member ids with 400 naming them, and changes nothing', async () => {
    const known = await createUser();
    const group = await createGroup(`Guarded ${unique()}`);
    const unknown = randomUUID();
    const response = await scim(
      api,
      'PATCH',
      `/Groups/${group.id}`,
      patchOp(
        { op: 'Replace', path: 'displayName', value: `Changed ${unique()}` },
        { op: 'Add', path: 'members', value: [{ value: known.id }, { value: unknown }] },
      ),
    );
    const body = expectScimError(response, 400, 'invalidValue');
    expect(body.detail).toContain(unknown);
    expect(await memberIds(group.id)).toEqual([]);
    expect((await scim<UserBody>(api, 'GET', `/Groups/${group.id}`)).body.displayName).toBe(group.displayName);
  });

  it('moves the members of a group named like a department into it', async () => {
    const departmentName = `マーケティング部${unique()}`;
    const departmentId = await createDepartment(api, departmentName);
    const [a, b] = [await createUser(), await createUser()];
    const group = await createGroup(departmentName, [a.id]);
    expect((await personRow(api, a.id)).department_id).toBe(departmentId);
    // The directory shows it at once (its cached counts are dropped): the member count through GraphQL.
    const viewer = await actor(api, a.id);
    const memberCount = async () =>
      (
        await viewer.gql<{ departments: { id: string; memberCount: number }[] }>('{ departments { id memberCount } }')
      ).data?.departments.find((department) => department.id === departmentId)?.memberCount;
    expect(await memberCount()).toBe(1);
    await scim(api, 'PATCH', `/Groups/${group.id}`, patchOp({ op: 'Add', path: 'members', value: [{ value: b.id }] }));
    expect((await personRow(api, b.id)).department_id).toBe(departmentId);
    expect(await memberCount()).toBe(2);

    // A group renamed to a department's name moves the members it already has.
    const other = await createUser();
    const plain = await createGroup(`Plain ${unique()}`, [other.id]);
    await scim(
      api,
      'PATCH',
      `/Groups/${plain.id}`,
      patchOp({ op: 'Replace', value: { displayName: `${departmentName}-東`, externalId: departmentName.toUpperCase() } }),
    );
    expect((await personRow(api, other.id)).department_id).toBe(departmentId);
  });

  it('replaces a group with PUT and deletes it with its memberships only', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const group = await createGroup(`Put ${unique()}`, [a.id]);
    const replaced = await scim<UserBody>(api, 'PUT', `/Groups/${group.id}`, {
      displayName: `Put again ${unique()}`,
      members: [{ value: b.id }],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.members?.map((member) => member.value)).toEqual([b.id]);
    expect((await scim(api, 'DELETE', `/Groups/${group.id}`)).status).toBe(204);
    expectScimError(await scim(api, 'GET', `/Groups/${group.id}`), 404);
    expect(await api.dataSource.query('SELECT 1 FROM scim_group_members WHERE group_id = $1', [group.id])).toEqual([]);
    expect((await personRow(api, b.id)).active).toBe(true);
  });
});
