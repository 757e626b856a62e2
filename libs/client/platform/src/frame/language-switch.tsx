import { useMutation } from '@apollo/client/react';
import { Button, makeStyles } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Locale } from '@kakehashi/shared-contracts';
import { UpdateMyLocaleMutation } from '../auth/auth-documents';
import { useAuth } from '../auth/auth-context';
import { useChangeLocale, useLocale } from '../i18n/i18n';

const useStyles = makeStyles({
  label: {
    '@media (max-width: 479px)': { display: 'none' },
  },
});

/**
 * Switches between 日本語 and English. The choice is remembered on this browser and,
 * when signed in, saved as the person's preferred language.
 */
export function LanguageSwitch({ className, onSaveFailed }: { className?: string; onSaveFailed: () => void }) {
  const { t } = useTranslation();
  const changeLocale = useChangeLocale();
  const styles = useStyles();
  const locale = useLocale();
  const { status } = useAuth();
  const [updateMyLocale] = useMutation(UpdateMyLocaleMutation);
  const other = locale === Locale.ja ? Locale.en : Locale.ja;
  const label = t(`language.${other}`);

  const switchLanguage = async () => {
    await changeLocale(other);
    if (status !== 'signedIn') return;
    try {
      await updateMyLocale({ variables: { preferredLocale: other } });
    } catch {
      onSaveFailed();
    }
  };

  return (
    <Button
      appearance="transparent"
      className={className}
      icon={<LocalLanguageRegular />}
      lang={other}
      aria-label={label}
      title={t('language.switchLabel')}
      onClick={() => void switchLanguage()}
    >
      <span className={styles.label}>{label}</span>
    </Button>
  );
}
