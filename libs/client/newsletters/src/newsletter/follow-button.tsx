import { useMutation } from '@apollo/client/react';
import { ToggleButton } from '@fluentui/react-components';
import { CheckmarkRegular, AddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { FollowNewsletterMutation } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

/** Follow or unfollow: optimistic, so the button answers at once. */
export function FollowButton({
  newsletterId,
  followed,
  onError,
}: {
  newsletterId: string;
  followed: boolean;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const [follow] = useMutation(FollowNewsletterMutation);
  return (
    <ToggleButton
      checked={followed}
      icon={followed ? <CheckmarkRegular /> : <AddRegular />}
      onClick={() => {
        follow({
          variables: { newsletterId, follow: !followed },
          optimisticResponse: { followNewsletter: { __typename: 'Newsletter', id: newsletterId, followed: !followed } },
        }).catch(onError);
      }}
    >
      {followed ? t('newsletter.following') : t('newsletter.follow')}
    </ToggleButton>
  );
}
