import { graphql } from '@kakehashi/client-platform';

/** One box of the org chart: who, what they do, where, and whether anyone reports to them. */
export const OrgChartPersonFragment = graphql(`
  fragment OrgChartPerson on Person {
    id
    displayName
    displayNameEn
    title
    titleEn
    department {
      id
      nameJa
      nameEn
    }
    directReportCount
  }
`);

export const OrgChartRootsQuery = graphql(`
  query OrgChartRoots {
    orgChartRoots {
      ...OrgChartPerson
    }
  }
`);

/** One manager's direct reports, loaded when their node is first opened. */
export const OrgChartReportsQuery = graphql(`
  query OrgChartReports($id: ID!) {
    person(id: $id) {
      id
      directReports {
        ...OrgChartPerson
      }
    }
  }
`);

/** The chain from the top down to a person, to open the chart at them. */
export const OrgChartPathQuery = graphql(`
  query OrgChartPath($personId: ID!) {
    orgChartPath(personId: $personId) {
      ...OrgChartPerson
    }
  }
`);

/** People to jump to, by name (the directory's search). */
export const OrgChartSearchQuery = graphql(`
  query OrgChartSearch($search: String!, $first: Int!) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          displayName
          displayNameEn
          title
          titleEn
          department {
            id
            nameJa
            nameEn
          }
        }
      }
    }
  }
`);
