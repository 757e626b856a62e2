/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.PersonCardFragmentDoc;
  '\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n': typeof types.PersonProfileDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
  '\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n': typeof types.DepartmentNodeFragmentDoc;
  '\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n': typeof types.DepartmentTreeDocument;
  '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n': typeof types.DepartmentDetailDocument;
  '\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n': typeof types.UpdateMyLocaleDocument;
  '\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n': typeof types.AuthOptionsDocument;
  '\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n': typeof types.DevSignInCandidatesDocument;
  '\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.SignInCandidateFragmentDoc;
};
const documents: Documents = {
  '\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n':
    types.PersonCardFragmentDoc,
  '\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n':
    types.PersonProfileDocument,
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n':
    types.UpdateMyProfileDocument,
  '\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n':
    types.DepartmentNodeFragmentDoc,
  '\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n':
    types.DepartmentTreeDocument,
  '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n':
    types.DepartmentDetailDocument,
  '\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n':
    types.UpdateMyLocaleDocument,
  '\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n':
    types.AuthOptionsDocument,
  '\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n':
    types.DevSignInCandidatesDocument,
  '\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n':
    types.SignInCandidateFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n',
): (typeof documents)['\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n',
): (typeof documents)['\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
