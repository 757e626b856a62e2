import { graphql } from '@kakehashi/client-platform';

export const ImportDirectoryMutation = graphql(`
  mutation ImportDirectory($input: ImportDirectoryInput!) {
    importDirectory(input: $input) {
      applied
      dryRun
      summary {
        departmentsCreated
        departmentsUpdated
        departmentsUnchanged
        peopleCreated
        peopleUpdated
        peopleDeactivated
        peopleUnchanged
      }
      changeCount
      changes {
        kind
        action
        key
        line
        fields {
          field
          before
          after
        }
      }
      errorCount
      errors {
        file
        line
        column
        code
        message
        value
        limit
        firstLine
      }
    }
  }
`);
