import type { AddressInfo } from 'node:net';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/config';
import type { EntityList } from '../database/database.module';
import { CONTEXT_STATEMENTS_HEADER, STATEMENTS_HEADER } from '../graphql/graphql.module';
import { configureHttpApp } from '../http/configure-http';
import { PlatformModule } from '../platform.module';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors:
    | { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } & Record<string, unknown> }[]
    | undefined;
  /** SQL statements the request sent (x-sql-statements). */
  statements: number;
  /** Of those, the ones the operation itself sent (the session's resolution aside). */
  operationStatements: number;
  headers: Headers;
}

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  config: AppConfig;
  dataSource: DataSource;
  /** POSTs an operation to the real /graphql endpoint, optionally as a signed-in person. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string },
  ): Promise<GraphQLResponse<T>>;
  /** Signs in through dev sign-in and returns the session cookie to send back. */
  signIn(personId: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Domain modules under test (the platform is always there). */
  imports: (Type | DynamicModule)[];
  entities: EntityList;
  /** Environment overrides for the config (defaults: test, dev sign-in, no demo seed). */
  env?: Record<string, string>;
  /** Use this database instead of a fresh copy of the template. */
  database?: TestDatabase;
}

/**
 * The api as production runs it (same platform, HTTP set-up and GraphQL), on a random port and a
 * fresh database. When start-up fails part-way, what it opened is closed (the app's pools and
 * handles, the database it created) and the original error is thrown.
 */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  let app: INestApplication | undefined;
  let baseUrl: string;
  let config: AppConfig;
  try {
    config = loadConfig({
      NODE_ENV: 'test',
      AUTH_MODE: 'dev',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      ...options.env,
    });

    @Module({ imports: [PlatformModule.forRoot({ config, databaseUrl: database.url, entities: options.entities }), ...options.imports] })
    class TestAppModule {}

    // abortOnError false: a failure is thrown to the test, not answered with process.exit(1).
    app = await NestFactory.create(TestAppModule, { bufferLogs: true, abortOnError: false });
    configureHttpApp(app, config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  } catch (error) {
    await closeAfterFailedStart(app, options.database ? undefined : database);
    throw error;
  }
  const started = app;

  const graphql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    requestOptions?: { cookie?: string },
  ): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(requestOptions?.cookie ? { cookie: requestOptions.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      statements: Number(response.headers.get(STATEMENTS_HEADER) ?? NaN),
      operationStatements:
        Number(response.headers.get(STATEMENTS_HEADER) ?? NaN) - Number(response.headers.get(CONTEXT_STATEMENTS_HEADER) ?? NaN),
      headers: response.headers,
    };
  };

  return {
    app: started,
    baseUrl,
    config,
    dataSource: started.get(DataSource),
    graphql,
    signIn: async (personId: string) => {
      const response = await fetch(`${baseUrl}/auth/dev/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId }),
      });
      if (response.status !== 204) throw new Error(`dev sign-in failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie().find((value) => value.includes('kakehashi_session='));
      if (!cookie) throw new Error('dev sign-in set no session cookie');
      return cookie.split(';')[0] ?? '';
    },
    close: async () => {
      await started.close();
      if (!options.database) await database.drop();
    },
  };
}

/**
 * Closes what a failed start opened; a failure here is reported but does not hide the start's
 * own error, which the caller throws.
 */
async function closeAfterFailedStart(app: INestApplication | undefined, createdDatabase: TestDatabase | undefined): Promise<void> {
  try {
    await app?.close();
  } catch (error) {
    console.warn(`startTestApp: closing the app after a failed start failed too: ${String(error)}`);
  }
  try {
    await createdDatabase?.drop();
  } catch (error) {
    console.warn(`startTestApp: dropping the test database after a failed start failed: ${String(error)}`);
  }
}
