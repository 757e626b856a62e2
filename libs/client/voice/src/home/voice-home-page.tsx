import { Navigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorState, LoadingState } from '@kakehashi/client-platform';
import { INBOX_PATH, MY_TICKETS_PATH } from '../common/paths';
import { VoiceSettingsQuery } from '../graphql/documents';
import { useVoiceMessages } from '../i18n/use-voice-messages';

/** `/voice`: triagers start at the inbox, everyone else at the tickets they filed. */
export default function VoiceHomePage() {
  useVoiceMessages();
  const { data, error, refetch } = useQuery(VoiceSettingsQuery);
  if (data) return <Navigate to={data.voiceSettings.canTriage ? INBOX_PATH : MY_TICKETS_PATH} replace />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <LoadingState />;
}
