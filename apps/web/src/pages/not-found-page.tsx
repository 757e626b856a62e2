import { useTranslation } from 'react-i18next';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import { Title1 } from '@fluentui/react-components';
import { AppLink, EmptyState, usePageTitle } from '@kakehashi/client-platform';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Title1 as="h1">{t('notFound.title')}</Title1>
      <EmptyState
        icon={<DocumentSearchRegular />}
        hint={t('notFound.message')}
        action={<AppLink to="/people">{t('notFound.back')}</AppLink>}
      />
    </>
  );
}
