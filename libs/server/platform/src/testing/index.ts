export { createTestDatabase, type TestDatabase } from './test-database';
export { startTestApp, type GraphQLResponse, type TestApp, type TestAppOptions } from './test-app';
export { startLocalOidcProvider, type LocalOidcProvider, type LocalOidcUser } from '../auth/entra/testing/local-oidc-provider';
