import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
} from '@fluentui/react-components';
import { ArrowForwardRegular, ChevronDownRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, type GoalStatus } from '@kakehashi/client-platform';
import { LinkButton } from '../common/link-button';
import { goalEditPath, goalPath } from '../common/paths';
import type { GoalDetail } from '../common/types';
import { RollGoalForwardMutation, SetGoalStatusMutation } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';

/** Where a goal's status may go from here (as the server allows). */
const NEXT_STATUSES: Record<GoalStatus, readonly GoalStatus[]> = {
  DRAFT: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ACHIEVED', 'MISSED', 'CANCELLED'],
  ACHIEVED: ['ACTIVE'],
  MISSED: ['ACTIVE'],
  CANCELLED: [],
};

export type Notice = { intent: 'success' | 'error'; text: string };

/** For those who may edit: edit, change status (達成・未達・中止・再開) and roll into the next period. */
export function GoalActions({ goal, onNotice }: { goal: GoalDetail; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<GoalStatus | null>(null);
  const [rolling, setRolling] = useState(false);
  const [setStatus, { loading: changing }] = useMutation(SetGoalStatusMutation, {
    refetchQueries: ['Goal', 'GoalAccess'],
    awaitRefetchQueries: true,
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goalBoard' });
    },
  });
  const [rollForward, { loading: rollingForward }] = useMutation(RollGoalForwardMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goalBoard' });
    },
  });

  const next = NEXT_STATUSES[goal.status];
  const later = nextInSeries(goal);
  const canRoll = goal.status !== 'DRAFT' && goal.status !== 'CANCELLED' && !later;

  const changeStatus = async (status: GoalStatus) => {
    try {
      await setStatus({ variables: { input: { id: goal.id, status, version: goal.version } } });
      onNotice({ intent: 'success', text: t('goal.statusChanged', { status: t(`status.${status}`) }) });
    } catch (error) {
      onNotice({ intent: 'error', text: common(errorMessageKey(error)) });
    } finally {
      setConfirming(null);
    }
  };

  const roll = async () => {
    try {
      const result = await rollForward({ variables: { input: { id: goal.id } } });
      const created = result.data?.rollGoalForward;
      setRolling(false);
      if (created) void navigate(goalPath(created.id), { state: { notice: { intent: 'success', text: t('goal.rolledForward') } } });
    } catch (error) {
      setRolling(false);
      onNotice({ intent: 'error', text: common(errorMessageKey(error)) });
    }
  };

  const actionLabel = (status: GoalStatus) =>
    status === 'ACTIVE' && goal.status !== 'DRAFT' ? t('goal.statusActions.reopen') : t(`goal.statusActions.${status}`);

  return (
    <>
      <LinkButton to={goalEditPath(goal.id)} appearance="secondary" icon={<EditRegular />}>
        {t('goal.edit')}
      </LinkButton>
      {next.length > 0 ? (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="secondary" icon={<ChevronDownRegular />} iconPosition="after" disabledFocusable={changing}>
              {t('goal.statusMenu')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {next.map((status) => (
                <MenuItem key={status} onClick={() => setConfirming(status)}>
                  {actionLabel(status)}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      ) : null}
      {canRoll ? (
        <Button appearance="secondary" icon={<ArrowForwardRegular />} onClick={() => setRolling(true)}>
          {t('goal.rollForward')}
        </Button>
      ) : null}

      <Dialog open={confirming !== null} onOpenChange={(_, data) => (data.open ? undefined : setConfirming(null))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirming ? t('goal.statusConfirm.title', { status: t(`status.${confirming}`) }) : ''}</DialogTitle>
            <DialogContent>
              <Text as="p">{confirming ? t(`goal.statusConfirm.${confirming}`) : ''}</Text>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(null)} disabled={changing}>
                {t('goal.statusConfirm.cancel')}
              </Button>
              <Button appearance="primary" disabledFocusable={changing} onClick={() => confirming && void changeStatus(confirming)}>
                {t('goal.statusConfirm.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={rolling} onOpenChange={(_, data) => setRolling(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('goal.rollForwardTitle')}</DialogTitle>
            <DialogContent>
              <Text as="p">{t('goal.rollForwardHint')}</Text>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setRolling(false)} disabled={rollingForward}>
                {t('goal.statusConfirm.cancel')}
              </Button>
              <Button appearance="primary" disabledFocusable={rollingForward} onClick={() => void roll()}>
                {t('goal.rollForwardConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** The next period's goal of a series, when it was rolled forward already. */
export function nextInSeries(goal: GoalDetail): { id: string } | undefined {
  return goal.series.find((other) => other.period.start > goal.period.end && other.status !== 'CANCELLED');
}
