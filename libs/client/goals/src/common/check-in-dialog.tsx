import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode, GOAL_CHECK_IN_NOTE_MAX_LENGTH, GoalDirection, GoalUnit, NON_NEGATIVE_GOAL_UNITS } from '@kakehashi/shared-contracts';
import { errorCode, errorMessageKey, fieldErrors, useLocale, type GoalConfidence } from '@kakehashi/client-platform';
import { GoalCheckInContextQuery, RecordCheckInMutation } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { formatGoalRange, formatGoalValue, goalTitle, parseDecimal, slotLabel, slotStartOf } from './format';
import { newIdempotencyKey } from './idempotency';
import type { GoalSummary } from './types';

const CONFIDENCES: readonly GoalConfidence[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

const useStyles = makeStyles({
  surface: { maxWidth: '560px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  reference: { color: tokens.colorNeutralForeground2 },
  value: { maxWidth: '260px' },
});

export type CheckInGoal = Pick<
  GoalSummary,
  'id' | 'code' | 'title' | 'titleEn' | 'unit' | 'unitLabel' | 'direction' | 'rangeLow' | 'rangeHigh' | 'cadence' | 'period' | 'progress'
>;

/** The check-in dialog (チェックイン): value, confidence and a note for the current cadence slot. */
export function CheckInDialog({
  goal,
  today,
  open,
  onOpenChange,
  onRecorded,
}: {
  goal: CheckInGoal;
  /** Today in Tokyo (goalSettings.today). */
  today: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRecorded: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        {/* Mounted per opening: a fresh idempotency key and fresh fields each time. */}
        {open ? <CheckInForm goal={goal} today={today} onCancel={() => onOpenChange(false)} onRecorded={onRecorded} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function CheckInForm({
  goal,
  today,
  onCancel,
  onRecorded,
}: {
  goal: CheckInGoal;
  today: string;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  // Once per opening: a retry (a double click, a lost answer) records the check-in once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const day = today > goal.period.end ? goal.period.end : today;
  const slot = slotStartOf(goal.cadence, day);
  const { data, refetch } = useQuery(GoalCheckInContextQuery, { variables: { id: goal.id }, fetchPolicy: 'cache-and-network' });
  const existing = data?.goal.checkIns.find((checkIn) => checkIn.slotStart === slot) ?? null;

  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState<GoalConfidence | ''>('');
  const [note, setNote] = useState('');
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  // The slot's check-in, once known, fills the fields: sending updates it.
  if (existing && filledFrom !== `${existing.id}:${existing.version}`) {
    setFilledFrom(`${existing.id}:${existing.version}`);
    setValue(String(existing.value));
    setConfidence(existing.confidence);
    setNote(existing.note);
  }
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordCheckInMutation, {
    refetchQueries: ['Goal', 'MyGoals'],
    awaitRefetchQueries: true,
    update(cache) {
      // The board reads goals' latest values: ask for it afresh next time.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goalBoard' });
    },
  });

  const unitName = goal.unit === GoalUnit.FREE ? (goal.unitLabel ?? '') : t(`units.${goal.unit}`);
  const reference =
    goal.direction === GoalDirection.RANGE
      ? goal.rangeLow !== null && goal.rangeLow !== undefined && goal.rangeHigh !== null && goal.rangeHigh !== undefined
        ? t('checkIn.referenceRange', { value: formatGoalRange(goal.rangeLow, goal.rangeHigh, goal, locale, t) })
        : null
      : goal.progress.paceValue !== null && goal.progress.paceValue !== undefined
        ? t('checkIn.reference', { value: formatGoalValue(goal.progress.paceValue, goal, locale, t) })
        : null;

  const submit = async () => {
    if (loading) return;
    const found: Record<string, string> = {};
    const number = parseDecimal(value);
    if (number === null) found['value'] = t('checkIn.errors.value');
    else if (number < 0 && NON_NEGATIVE_GOAL_UNITS.includes(goal.unit as GoalUnit)) found['value'] = t('checkIn.errors.negative');
    if (!confidence) found['confidence'] = t('checkIn.errors.confidence');
    if (note.length > GOAL_CHECK_IN_NOTE_MAX_LENGTH) found['note'] = t('checkIn.errors.note', { max: GOAL_CHECK_IN_NOTE_MAX_LENGTH });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || number === null || !confidence) return;
    try {
      await record({
        variables: {
          input: { goalId: goal.id, value: number, confidence, note: note.trim(), idempotencyKey, version: existing?.version ?? null },
        },
      });
      onRecorded();
    } catch (error) {
      if (errorCode(error) === ErrorCode.Conflict) {
        setFailure(t('checkIn.errors.conflict'));
        setFilledFrom(null);
        await refetch().catch(() => undefined);
        return;
      }
      const fields = fieldErrors(error);
      if (Object.keys(fields).length === 0) {
        setFailure(common(errorMessageKey(error)));
        return;
      }
      const mapped: Record<string, string> = {};
      if (fields['value']) mapped['value'] = /negative/.test(fields['value']) ? t('checkIn.errors.negative') : t('checkIn.errors.value');
      if (fields['confidence']) mapped['confidence'] = t('checkIn.errors.confidence');
      if (fields['note']) mapped['note'] = t('checkIn.errors.note', { max: GOAL_CHECK_IN_NOTE_MAX_LENGTH });
      setErrors(mapped);
      if (fields['goalId']) setFailure(t('checkIn.errors.notActive'));
      else if (fields['date']) setFailure(t('checkIn.errors.date'));
      else if (Object.keys(mapped).length === 0) setFailure(common('errors.BAD_USER_INPUT'));
    }
  };

  const state = (name: string) => (errors[name] ? { validationState: 'error' as const, validationMessage: errors[name] } : {});

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <DialogBody>
        <DialogTitle>{t('checkIn.title')}</DialogTitle>
        <DialogContent className={styles.content}>
          <Text as="p">{t('checkIn.lead', { title: `${goal.code} ${goalTitle(goal, locale)}` })}</Text>
          {existing ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t('checkIn.updating', { slot: slotLabel(goal.cadence, slot, locale, t) })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Field
            label={t('checkIn.value')}
            required
            hint={unitName ? t('checkIn.valueHint', { unit: unitName }) : t('checkIn.valueHintNoUnit')}
            {...state('value')}
          >
            <Input
              className={styles.value}
              value={value}
              inputMode="decimal"
              autoComplete="off"
              contentAfter={unitName ? <span aria-hidden="true">{unitName}</span> : undefined}
              disabled={loading}
              onChange={(_, data) => setValue(data.value)}
            />
          </Field>
          {reference ? (
            <Text as="p" size={200} className={styles.reference}>
              {reference}
            </Text>
          ) : null}
          <Field label={t('checkIn.confidence')} required hint={t('checkIn.confidenceHint')} {...state('confidence')}>
            <RadioGroup
              layout="horizontal"
              value={confidence}
              disabled={loading}
              onChange={(_, data) => setConfidence(CONFIDENCES.find((item) => item === data.value) ?? '')}
            >
              {CONFIDENCES.map((item) => (
                <Radio key={item} value={item} label={t(`confidence.${item}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label={t('checkIn.note')}
            hint={`${t('checkIn.noteHint', { max: GOAL_CHECK_IN_NOTE_MAX_LENGTH })} ${t('checkIn.noteCount', {
              count: note.length,
              max: GOAL_CHECK_IN_NOTE_MAX_LENGTH,
            })}`}
            {...state('note')}
          >
            <Textarea
              value={note}
              resize="vertical"
              rows={3}
              maxLength={GOAL_CHECK_IN_NOTE_MAX_LENGTH}
              disabled={loading}
              onChange={(_, data) => setNote(data.value)}
            />
          </Field>
          {failure ? (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onCancel} disabled={loading}>
            {t('checkIn.cancel')}
          </Button>
          <Button type="submit" appearance="primary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined}>
            {loading ? t('checkIn.submitting') : existing ? t('checkIn.submitUpdate') : t('checkIn.submit')}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
