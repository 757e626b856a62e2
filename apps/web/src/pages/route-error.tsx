import { useTranslation } from 'react-i18next';
import { Title1 } from '@fluentui/react-components';
import { ErrorState, usePageTitle } from '@kakehashi/client-platform';

/** A route failed to render or its code failed to load (e.g. after a deploy): offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('states.errorTitle'));
  return (
    <div style={{ maxWidth: 720, margin: '48px auto', padding: '0 16px' }}>
      <Title1 as="h1">{t('states.errorTitle')}</Title1>
      <ErrorState message={t('errors.unknown')} onRetry={() => window.location.reload()} />
    </div>
  );
}
