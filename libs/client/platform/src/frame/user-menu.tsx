import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Avatar,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { PersonRegular, SignOutRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { useLocale } from '../i18n/i18n';
import { personInitials, personName } from '../i18n/names';

const useStyles = makeStyles({
  name: {
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    '@media (max-width: 767px)': { display: 'none' },
  },
  trigger: {
    columnGap: tokens.spacingHorizontalS,
    minWidth: 'auto',
  },
});

export function UserMenu({ className, onSignOutFailed }: { className?: string; onSignOutFailed: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const navigate = useNavigate();
  const { me, signOut } = useAuth();
  const [signingOut, setSigningOut] = useState(false);
  if (!me) return null;
  const name = personName(me, locale);

  const handleSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      setSigningOut(false);
      onSignOutFailed();
    }
  };

  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" className={mergeClasses(className, styles.trigger)} aria-label={t('user.menu', { name })}>
          <Avatar size={28} color="neutral" name={name} initials={personInitials(me, locale)} aria-hidden="true" />
          <span className={styles.name}>{name}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<PersonRegular />} onClick={() => void navigate('/me')}>
            {t('user.myProfile')}
          </MenuItem>
          <MenuItem icon={<SignOutRegular />} disabled={signingOut} onClick={() => void handleSignOut()}>
            {t('user.signOut')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
