import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link as RouterLink, NavLink, useLocation } from 'react-router';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  OverlayDrawer,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, NavigationRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import type { NavItem } from './nav-items';
import { UserMenu } from './user-menu';

const NARROW = '@media (max-width: 767px)';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  skipLink: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { top: tokens.spacingVerticalS },
  },
  topBar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '48px',
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    position: 'sticky',
    top: 0,
    zIndex: 10,
  },
  onBrand: {
    minWidth: 'auto',
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
    ':focus-visible': {
      outlineColor: tokens.colorNeutralForegroundOnBrand,
    },
  },
  menuButton: {
    display: 'none',
    [NARROW]: { display: 'inline-flex' },
  },
  product: {
    display: 'inline-flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorNeutralForegroundOnBrand,
    },
  },
  productLatin: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    '@media (max-width: 359px)': { display: 'none' },
  },
  spacer: { flexGrow: 1 },
  body: {
    display: 'flex',
    flexGrow: 1,
    minWidth: 0,
  },
  sideNav: {
    flexShrink: 0,
    width: '220px',
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderRight(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    [NARROW]: { display: 'none' },
  },
  navList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  navLink: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '40px',
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase300,
    position: 'relative',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
    '& svg': { fontSize: '20px', flexShrink: 0 },
  },
  navLinkActive: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorBrandForeground1,
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: '8px',
      bottom: '8px',
      width: '3px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorBrandBackground,
    },
  },
  main: {
    flexGrow: 1,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXXL,
    paddingInline: tokens.spacingHorizontalXXXL,
    ':focus': { outlineStyle: 'none' },
    [NARROW]: {
      paddingBlock: tokens.spacingVerticalL,
      paddingInline: tokens.spacingHorizontalL,
    },
  },
  content: {
    maxWidth: '1120px',
    marginInline: 'auto',
  },
  notice: { marginBottom: tokens.spacingVerticalL },
});

type Notice = 'language.saveFailed' | 'user.signOutFailed';

function NavLinks({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ul className={styles.navList}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink
            to={item.to}
            onClick={onNavigate}
            className={({ isActive }) => mergeClasses(styles.navLink, isActive && styles.navLinkActive)}
          >
            {item.icon}
            {t(item.labelKey)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The frame of every page: skip link, top bar (product, language, notifications, account), the
 * navigation (a side bar on wide screens, a drawer on narrow ones) and the main region.
 */
export function AppFrame({ navItems, children }: { navItems: NavItem[]; children: ReactNode }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { status } = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const signedIn = status === 'signedIn';
  const showNav = signedIn && navItems.length > 0;

  // After client-side navigation, move focus to the new page so screen readers follow.
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className={styles.root}>
      <a className={styles.skipLink} href="#main">
        {t('skipLink')}
      </a>
      <header className={styles.topBar}>
        {showNav ? (
          <Button
            appearance="transparent"
            className={mergeClasses(styles.onBrand, styles.menuButton)}
            icon={<NavigationRegular />}
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <RouterLink to="/people" className={styles.product}>
          <span lang="ja">{t('app.name')}</span>
          <span className={styles.productLatin} lang="en">
            {t('app.nameLatin')}
          </span>
        </RouterLink>
        <span className={styles.spacer} />
        <LanguageSwitch className={styles.onBrand} onSaveFailed={() => setNotice('language.saveFailed')} />
        {signedIn ? <NotificationBell className={styles.onBrand} /> : null}
        {signedIn ? <UserMenu className={styles.onBrand} onSignOutFailed={() => setNotice('user.signOutFailed')} /> : null}
      </header>
      {showNav ? (
        <OverlayDrawer
          open={drawerOpen}
          position="start"
          onOpenChange={(_, data) => setDrawerOpen(data.open)}
          aria-label={t('nav.menuTitle')}
        >
          <DrawerHeader>
            <DrawerHeaderTitle
              action={
                <Button
                  appearance="subtle"
                  aria-label={t('nav.closeMenu')}
                  icon={<DismissRegular />}
                  onClick={() => setDrawerOpen(false)}
                />
              }
            >
              {t('nav.menuTitle')}
            </DrawerHeaderTitle>
          </DrawerHeader>
          <DrawerBody>
            <nav aria-label={t('nav.label')}>
              <NavLinks items={navItems} onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </DrawerBody>
        </OverlayDrawer>
      ) : null}
      <div className={styles.body}>
        {showNav ? (
          <nav className={styles.sideNav} aria-label={t('nav.label')}>
            <NavLinks items={navItems} />
          </nav>
        ) : null}
        <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
          <div className={styles.content}>
            {notice ? (
              <MessageBar intent="warning" className={styles.notice}>
                <MessageBarBody>{t(notice)}</MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      aria-label={t('states.dismiss')}
                      icon={<DismissRegular />}
                      onClick={() => setNotice(null)}
                    />
                  }
                />
              </MessageBar>
            ) : null}
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
