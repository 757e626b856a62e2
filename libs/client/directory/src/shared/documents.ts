import { graphql } from '@kakehashi/client-platform';

export const PersonCardFragment = graphql(`
  fragment PersonCard on Person {
    id
    displayName
    displayNameEn
    displayNameKana
    title
    titleEn
    department {
      id
      nameJa
      nameEn
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {
    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PersonCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const PersonProfileQuery = graphql(`
  query PersonProfile($id: ID!) {
    person(id: $id) {
      ...PersonCard
      email
      location
      bio
      roles
      active
      version
      manager {
        ...PersonCard
      }
      directReports {
        ...PersonCard
      }
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      bio
      location
      preferredLocale
      version
    }
  }
`);

export const DepartmentNodeFragment = graphql(`
  fragment DepartmentNode on Department {
    id
    code
    nameJa
    nameEn
    memberCount
  }
`);

// Four levels (division, department, section, team) cover the organization; the
// depth stays well inside the api's query-depth limit.
export const DepartmentTreeQuery = graphql(`
  query DepartmentTree {
    departments {
      ...DepartmentNode
      children {
        ...DepartmentNode
        children {
          ...DepartmentNode
          children {
            ...DepartmentNode
          }
        }
      }
    }
  }
`);

export const DepartmentDetailQuery = graphql(`
  query DepartmentDetail($id: ID!) {
    department(id: $id) {
      ...DepartmentNode
      parent {
        id
        nameJa
        nameEn
      }
      children {
        ...DepartmentNode
      }
    }
  }
`);
