export { createTestDatabase, type TestDatabase } from './test-database';
export { startTestApp, type GraphQLResponse, type TestApp, type TestAppOptions } from './test-app';
