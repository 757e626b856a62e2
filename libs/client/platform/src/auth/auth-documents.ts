import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      displayNameEn
      displayNameKana
      preferredLocale
      roles
    }
  }
`);

export const UpdateMyLocaleMutation = graphql(`
  mutation UpdateMyLocale($preferredLocale: Locale!) {
    updateMyProfile(input: { preferredLocale: $preferredLocale }) {
      id
      preferredLocale
    }
  }
`);

export const AuthOptionsQuery = graphql(`
  query AuthOptions {
    authOptions {
      entraEnabled
      devSignInEnabled
      personas {
        key
        person {
          ...SignInCandidate
        }
      }
    }
  }
`);

export const DevSignInCandidatesQuery = graphql(`
  query DevSignInCandidates($search: String!) {
    devSignInCandidates(search: $search) {
      ...SignInCandidate
    }
  }
`);

export const SignInCandidateFragment = graphql(`
  fragment SignInCandidate on Person {
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
