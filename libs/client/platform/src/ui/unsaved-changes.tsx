import { useCallback, useEffect, type RefObject } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { COMMON_NAMESPACE } from '../i18n/i18n';

/**
 * Warns before edits are lost: in-app navigation asks in a dialog, a reload or closing the tab
 * gets the browser's own prompt. `unsaved` is a ref, not state, because a save followed at
 * once by a navigation must not be blocked by the render that has not happened yet.
 */
export function UnsavedChangesGuard({ unsaved, dirty }: { unsaved: RefObject<boolean>; dirty: boolean }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      unsaved.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [unsaved],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    // Only listened to while dirty: a beforeunload listener keeps the page out of the back-forward cache.
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, unsaved]);

  return (
    <Dialog open={blocker.state === 'blocked'} modalType="alert" onOpenChange={(_, data) => !data.open && blocker.reset?.()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('unsavedChanges.title')}</DialogTitle>
          <DialogContent>{t('unsavedChanges.hint')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => blocker.reset?.()}>
              {t('unsavedChanges.stay')}
            </Button>
            <Button appearance="secondary" onClick={() => blocker.proceed?.()}>
              {t('unsavedChanges.leave')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
