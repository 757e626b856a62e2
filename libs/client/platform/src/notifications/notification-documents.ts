import { graphql } from '../gql';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    link
    createdAt
    readAt
    title {
      ja
      en
    }
    body {
      ja
      en
    }
    actor {
      id
      displayName
      displayNameEn
      displayNameKana
    }
  }
`);

/** The bell's badge. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

// The count comes along so that the badge and the list never disagree after a load.
export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    unreadNotificationCount
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...NotificationItem
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationsRead(ids: [$id])
  }
`);

// A document of its own: "all" is never the accident of a missing variable.
export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markNotificationsRead
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);
