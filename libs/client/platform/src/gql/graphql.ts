/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Role } from '@kakehashi/shared-contracts';
import type { Locale } from '@kakehashi/shared-contracts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export { Locale };

export { Role };

export type UpdateMyProfileInput = {
  bio?: string | null | undefined;
  location?: string | null | undefined;
  preferredLocale?: Locale | null | undefined;
  /** The version you edited; a newer one on the server means a CONFLICT. */
  version?: number | null | undefined;
};

export type PersonCardFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
  title: string | null;
  titleEn: string | null;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
};

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
  departmentId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type PeopleQuery = {
  people: {
    __typename: 'PersonConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'PersonEdge';
      cursor: string;
      node: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        displayNameKana: string | null;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type PersonProfileQueryVariables = Exact<{
  id: string;
}>;

export type PersonProfileQuery = {
  person: {
    __typename: 'Person';
    email: string;
    location: string | null;
    bio: string | null;
    roles: Array<Role>;
    active: boolean;
    version: number;
    id: string;
    displayName: string;
    displayNameEn: string;
    displayNameKana: string | null;
    title: string | null;
    titleEn: string | null;
    manager: {
      __typename: 'Person';
      id: string;
      displayName: string;
      displayNameEn: string;
      displayNameKana: string | null;
      title: string | null;
      titleEn: string | null;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    } | null;
    directReports: Array<{
      __typename: 'Person';
      id: string;
      displayName: string;
      displayNameEn: string;
      displayNameKana: string | null;
      title: string | null;
      titleEn: string | null;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  } | null;
};

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: {
    __typename: 'Person';
    id: string;
    bio: string | null;
    location: string | null;
    preferredLocale: Locale;
    version: number;
  };
};

export type DepartmentNodeFragment = {
  __typename: 'Department';
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  memberCount: number;
};

export type DepartmentTreeQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentTreeQuery = {
  departments: Array<{
    __typename: 'Department';
    id: string;
    code: string;
    nameJa: string;
    nameEn: string;
    memberCount: number;
    children: Array<{
      __typename: 'Department';
      id: string;
      code: string;
      nameJa: string;
      nameEn: string;
      memberCount: number;
      children: Array<{
        __typename: 'Department';
        id: string;
        code: string;
        nameJa: string;
        nameEn: string;
        memberCount: number;
        children: Array<{ __typename: 'Department'; id: string; code: string; nameJa: string; nameEn: string; memberCount: number }>;
      }>;
    }>;
  }>;
};

export type DepartmentDetailQueryVariables = Exact<{
  id: string;
}>;

export type DepartmentDetailQuery = {
  department: {
    __typename: 'Department';
    id: string;
    code: string;
    nameJa: string;
    nameEn: string;
    memberCount: number;
    parent: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    children: Array<{ __typename: 'Department'; id: string; code: string; nameJa: string; nameEn: string; memberCount: number }>;
  } | null;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    displayNameKana: string | null;
    preferredLocale: Locale;
    roles: Array<Role>;
  };
};

export type UpdateMyLocaleMutationVariables = Exact<{
  preferredLocale: Locale;
}>;

export type UpdateMyLocaleMutation = { updateMyProfile: { __typename: 'Person'; id: string; preferredLocale: Locale } };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type AuthOptionsQuery = {
  authOptions: {
    __typename: 'AuthOptions';
    entraEnabled: boolean;
    devSignInEnabled: boolean;
    personas: Array<{
      __typename: 'Persona';
      key: string;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        displayNameKana: string | null;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
  };
};

export type DevSignInCandidatesQueryVariables = Exact<{
  search: string;
}>;

export type DevSignInCandidatesQuery = {
  devSignInCandidates: Array<{
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    displayNameKana: string | null;
    title: string | null;
    titleEn: string | null;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type SignInCandidateFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
  title: string | null;
  titleEn: string | null;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
};

export const PersonCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const DepartmentNodeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentNodeFragment, unknown>;
export const SignInCandidateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInCandidate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInCandidateFragment, unknown>;
export const PeopleDocument = {
  __meta__: { hash: 'sha256:386170b26633eeeed60cf482c861c7d0f183d102b2042ad9cdd612a3e3173563' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'People' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonProfileDocument = {
  __meta__: { hash: 'sha256:fd3093eed860f9070cf96fcf6804c690968f124328e0744104b74ea987367909' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'manager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'directReports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const UpdateMyProfileDocument = {
  __meta__: { hash: 'sha256:08e5e8da7cf62531b8bd0b704f43e7cb518f5b750e32bcaec3b82f0b1ea1b201' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMyProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const DepartmentTreeDocument = {
  __meta__: { hash: 'sha256:89fd355898879a275be5b38b309b4c7c405e553c6ff5cc8b773c61354ea17adb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentTree' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentTreeQuery, DepartmentTreeQueryVariables>;
export const DepartmentDetailDocument = {
  __meta__: { hash: 'sha256:914d1a454c826b8120ee97bb89f231942bb7a0d62f68bb9d89bde7d9c3f3c351' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentDetailQuery, DepartmentDetailQueryVariables>;
export const MeDocument = {
  __meta__: { hash: 'sha256:8e3f3afd698678e77bfa19e85651b602879877d8596206cd7cc880da346dc2f7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateMyLocaleDocument = {
  __meta__: { hash: 'sha256:961396b5d59206a585b658038178fbe7083bc503c1ca45476130e887d84c0088' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyLocale' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'preferredLocale' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Locale' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'preferredLocale' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'preferredLocale' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const AuthOptionsDocument = {
  __meta__: { hash: 'sha256:ff83e4c88e3d6a22b6b57dc8118564cbee04fc548b15e6f8f457e0841da06a56' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuthOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'entraEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'devSignInEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'personas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignInCandidate' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInCandidate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const DevSignInCandidatesDocument = {
  __meta__: { hash: 'sha256:1b81365fb1033d9f5e15af193c1ddfd9e8716d60957bacb6f246fc44611d56df' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DevSignInCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devSignInCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignInCandidate' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInCandidate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevSignInCandidatesQuery, DevSignInCandidatesQueryVariables>;
