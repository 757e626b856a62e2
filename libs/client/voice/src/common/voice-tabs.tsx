import { NavLink } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DataBarVerticalRegular, DocumentAddRegular, ListRegular, MailInboxRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { VoiceSettingsQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { INBOX_PATH, INSIGHTS_PATH, MY_TICKETS_PATH, NEW_TICKET_PATH } from './paths';

const useStyles = makeStyles({
  nav: { marginBottom: tokens.spacingVerticalL, overflowX: 'auto', minWidth: 0 },
  list: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    marginBottom: `calc(-1 * ${tokens.strokeWidthThin})`,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  active: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/** Moves between the voice pages: file, my tickets, the inbox (triagers) and insights. */
export function VoiceTabs() {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  const { data } = useQuery(VoiceSettingsQuery);
  const items = [
    { to: NEW_TICKET_PATH, label: t('tabs.file'), icon: <DocumentAddRegular aria-hidden="true" /> },
    { to: MY_TICKETS_PATH, label: t('tabs.mine'), icon: <ListRegular aria-hidden="true" /> },
    ...(data?.voiceSettings.canTriage ? [{ to: INBOX_PATH, label: t('tabs.inbox'), icon: <MailInboxRegular aria-hidden="true" /> }] : []),
    { to: INSIGHTS_PATH, label: t('tabs.insights'), icon: <DataBarVerticalRegular aria-hidden="true" /> },
  ];
  return (
    <nav className={styles.nav} aria-label={t('tabs.label')}>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}>
              {item.icon}
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
