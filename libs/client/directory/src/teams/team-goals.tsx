import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, LinkAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ErrorCode, Locale } from '@kakehashi/shared-contracts';
import {
  AppLink,
  errorCode,
  errorMessageKey,
  formatNumber,
  ProgressBar,
  useLocale,
  type TeamDetailsFragment,
  type TeamGoalRelation,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { LinkTeamGoalMutation, UnlinkTeamGoalMutation } from './documents';
import { GoalPicker, type GoalChoice } from './goal-picker';
import { ConfirmDialog, DialogForm } from './member-dialogs';
import { serverProblems } from './team-form-values';
import { ConfidenceBadge, GoalStatusBadge, formatDay, type TeamNotice } from './team-ui';

type LinkedGoal = TeamDetailsFragment['goals'][number];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  goal: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    ':last-child': { borderBottomStyle: 'none', paddingBottom: 0 },
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  surface: { maxWidth: '600px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const percent = (value: number, locale: Locale) => formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 0 });

/** Progress towards the target as a bar with a marker at the pace expected today (as on the goal board). */
function ProgressMeter({
  progress,
  pace,
  confidence,
}: {
  progress: number | null | undefined;
  pace: number;
  confidence: string | null | undefined;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const label =
    progress !== null && progress !== undefined
      ? t('teams.page.progress', { actual: percent(progress, locale), pace: percent(pace, locale) })
      : t('teams.page.progressNone', { pace: percent(pace, locale) });
  const tone = confidence === 'ON_TRACK' || confidence === 'AT_RISK' || confidence === 'OFF_TRACK' ? confidence : null;
  return <ProgressBar actual={progress} pace={pace} label={label} tone={tone} />;
}

/** The goals a team owns or contributes to, with status, confidence and progress; leads and admins link and unlink. */
export function TeamGoals({ team, onNotice }: { team: TeamDetailsFragment; onNotice: (notice: TeamNotice) => void }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const [linking, setLinking] = useState(false);
  const [unlinking, setUnlinking] = useState<LinkedGoal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [unlink, { loading: unlinkBusy }] = useMutation(UnlinkTeamGoalMutation);

  const confirmUnlink = async () => {
    if (!unlinking || unlinkBusy) return;
    setFailure(null);
    try {
      await unlink({ variables: { teamId: team.id, goalId: unlinking.goal.id } });
      onNotice({ key: 'teams.goals.unlinked', values: { code: unlinking.goal.code } });
      setUnlinking(null);
    } catch (error) {
      setFailure(common(errorMessageKey(error)));
    }
  };

  return (
    <>
      {team.goals.length === 0 ? (
        <Text as="p" className={styles.muted} style={{ margin: 0 }}>
          {t('teams.page.noGoals')}
        </Text>
      ) : (
        <ul className={styles.list}>
          {team.goals.map((link) => {
            const { goal, relation } = link;
            const title = locale === Locale.en && goal.titleEn ? goal.titleEn : goal.title;
            return (
              <li key={goal.id} className={styles.goal}>
                <div className={styles.head}>
                  <span className={styles.title}>
                    <AppLink to={`/goals/${goal.id}`}>{`${goal.code} ${title}`}</AppLink>
                  </span>
                  {team.viewerCanEdit ? (
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<DismissRegular />}
                      aria-label={t('teams.goals.unlinkLabel', { code: goal.code })}
                      onClick={() => setUnlinking(link)}
                    />
                  ) : null}
                </div>
                <div className={styles.badges}>
                  <Text className={styles.muted}>{t(`teams.relations.${relation}`)}</Text>
                  <GoalStatusBadge status={goal.status} />
                  <ConfidenceBadge confidence={goal.confidence} />
                </div>
                <ProgressMeter progress={goal.progress} pace={goal.pace} confidence={goal.confidence} />
                <Text className={styles.muted}>
                  {t('teams.page.goalPeriod', {
                    range: t('teams.dateRange', { start: formatDay(goal.periodStart, locale), end: formatDay(goal.periodEnd, locale) }),
                  })}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {team.viewerCanEdit ? (
        <div>
          <Button icon={<LinkAddRegular />} onClick={() => setLinking(true)}>
            {t('teams.goals.link')}
          </Button>
        </div>
      ) : null}
      <LinkGoalDialog
        team={team}
        open={linking}
        onOpenChange={setLinking}
        onLinked={(code) => {
          setLinking(false);
          onNotice({ key: 'teams.goals.linked', values: { code } });
        }}
      />
      <ConfirmDialog
        open={unlinking !== null}
        title={t('teams.goals.unlinkTitle', { code: unlinking?.goal.code ?? '' })}
        confirmLabel={t('teams.goals.unlinkConfirm')}
        cancelLabel={t('teams.goals.cancel')}
        busy={unlinkBusy}
        failure={failure}
        onConfirm={() => void confirmUnlink()}
        onCancel={() => {
          setFailure(null);
          setUnlinking(null);
        }}
      />
    </>
  );
}

function LinkGoalDialog({
  team,
  open,
  onOpenChange,
  onLinked,
}: {
  team: TeamDetailsFragment;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onLinked: (code: string) => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        {open ? <LinkGoalForm team={team} onCancel={() => onOpenChange(false)} onLinked={onLinked} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function LinkGoalForm({ team, onCancel, onLinked }: { team: TeamDetailsFragment; onCancel: () => void; onLinked: (code: string) => void }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const [goal, setGoal] = useState<GoalChoice | null>(null);
  const [relation, setRelation] = useState<TeamGoalRelation>('CONTRIBUTES');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [link, { loading }] = useMutation(LinkTeamGoalMutation);

  const submit = async () => {
    if (loading) return;
    setFailure(null);
    if (!goal) {
      setProblem(t('teams.form.errors.goal'));
      return;
    }
    setProblem(null);
    try {
      await link({ variables: { input: { teamId: team.id, goalId: goal.id, relation } } });
      onLinked(goal.code);
    } catch (error) {
      if (errorCode(error) === ErrorCode.BadUserInput) {
        const found = serverProblems(error)['goalId'];
        setProblem(found ? t(`teams.form.errors.${found.key}`, found.values) : common(errorMessageKey(error)));
      } else setFailure(common(errorMessageKey(error)));
    }
  };

  return (
    <DialogForm onSubmit={() => void submit()}>
      <DialogTitle>{t('teams.goals.linkTitle')}</DialogTitle>
      <DialogContent className={styles.content}>
        {failure ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        ) : null}
        <GoalPicker
          label={t('teams.goals.goal')}
          chosen={goal}
          exclude={team.goals.map((link) => link.goal.id)}
          onChoose={setGoal}
          disabled={loading}
          validationMessage={problem ?? undefined}
        />
        <Field label={t('teams.goals.relation')}>
          <RadioGroup
            value={relation}
            onChange={(_, data) => setRelation(data.value === 'OWNS' ? 'OWNS' : 'CONTRIBUTES')}
            disabled={loading}
          >
            <Radio
              value="OWNS"
              label={t('teams.goals.relationOption', { relation: t('teams.relations.OWNS'), hint: t('teams.relationHints.OWNS') })}
            />
            <Radio
              value="CONTRIBUTES"
              label={t('teams.goals.relationOption', {
                relation: t('teams.relations.CONTRIBUTES'),
                hint: t('teams.relationHints.CONTRIBUTES'),
              })}
            />
          </RadioGroup>
        </Field>
      </DialogContent>
      <DialogActions>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={loading}
          icon={loading ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
        >
          {loading ? t('teams.goals.saving') : t('teams.goals.save')}
        </Button>
        <Button onClick={onCancel}>{t('teams.goals.cancel')}</Button>
      </DialogActions>
    </DialogForm>
  );
}
