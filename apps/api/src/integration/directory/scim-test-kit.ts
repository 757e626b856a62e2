// SCIM requests as Microsoft Entra ID's provisioning service sends them (bodies shaped as in
// Microsoft's "Develop and plan provisioning for a SCIM endpoint" tutorial and its "Known
// issues ... SCIM 2.0 protocol compliance" article), over real HTTP.
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';

export const SCIM_TOKEN = 'scim-integration-test-token-0123456789abcdef';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export function startScimApp(env: Record<string, string> = { SCIM_TOKEN }): Promise<TestApp> {
  return startTestApp({ imports: [DirectoryModule], entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES], env });
}

export interface ScimResponse<T = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  headers: Headers;
  body: T;
}

export interface ScimRequestOptions {
  /** The bearer token; null sends no Authorization header. */
  token?: string | null;
  contentType?: string;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
}

/** A request to `${baseUrl}/scim/v2${path}` with Entra's headers (bearer token, application/scim+json). */
export async function scim<T = Record<string, unknown>>(
  api: TestApp,
  method: string,
  path: string,
  body?: unknown,
  options: ScimRequestOptions = {},
): Promise<ScimResponse<T>> {
  const token = options.token === undefined ? SCIM_TOKEN : options.token;
  const headers: Record<string, string> = { accept: 'application/scim+json' };
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/scim+json';
  const response = await fetch(`${api.baseUrl}/scim/v2${path}`, { method, headers, body: payload });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    headers: response.headers,
    body: (text ? JSON.parse(text) : null) as T,
  };
}

/** GET /Users?filter=… with the filter URL-encoded as Entra sends it. */
export function filterUsers(api: TestApp, filter: string, extra = ''): Promise<ScimResponse<ListBody>> {
  return scim<ListBody>(api, 'GET', `/Users?filter=${encodeURIComponent(filter)}${extra}`);
}

export interface ListBody {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: UserBody[];
}

export interface UserBody {
  id: string;
  userName: string;
  externalId?: string;
  active: boolean;
  displayName: string;
  title?: string;
  preferredLanguage?: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  emails: { value: string; type: string; primary: boolean }[];
  meta: { resourceType: string; created: string; lastModified: string; location: string; version: string };
  members?: { value: string; display: string }[];
  [ENTERPRISE]?: { department?: string; manager?: { value: string; $ref?: string } };
  [key: string]: unknown;
}

export interface ErrorBody {
  schemas: string[];
  status: string;
  scimType?: string;
  detail: string;
}

/** Entra's Create User request (the tutorial's body), with names and addresses made unique per call. */
export function entraCreateUser(unique: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    externalId: `0a21f0f2-${unique}`,
    userName: `Test_User_${unique}@testuser.com`,
    active: true,
    emails: [{ primary: true, type: 'work', value: `Test_User_${unique}@TestUser.com` }],
    meta: { resourceType: 'User' },
    name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
    roles: [],
    ...extra,
  };
}

export function patchOp(...operations: Record<string, unknown>[]): Record<string, unknown> {
  return { schemas: [PATCH_OP], Operations: operations };
}

export interface PersonRow {
  id: string;
  email: string;
  display_name: string;
  display_name_en: string;
  title: string | null;
  preferred_locale: string;
  active: boolean;
  roles: string[];
  department_id: string | null;
  manager_id: string | null;
  pending_manager_ref: string | null;
  scim_user_name: string | null;
  scim_external_id: string | null;
  scim_deleted_at: Date | null;
}

export async function personRow(api: TestApp, id: string): Promise<PersonRow> {
  const [row] = await api.dataSource.query<PersonRow[]>('SELECT * FROM people WHERE id = $1', [id]);
  if (!row) throw new Error(`no person ${id}`);
  return row;
}
