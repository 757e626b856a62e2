import { useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Field, Text, Textarea, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular, CommentRegular, SendRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { GOAL_COMMENT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { AppLink, errorMessageKey, fieldErrors, formatDateTime, personName, useLocale } from '@kakehashi/client-platform';
import { ConfidenceBadge } from '../common/badges';
import { formatGoalValue, slotLabel, type GoalUnitFacts } from '../common/format';
import { newIdempotencyKey } from '../common/idempotency';
import { personPath } from '../common/paths';
import type { GoalCheckIn } from '../common/types';
import { CommentOnCheckInMutation } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInlineStart: tokens.spacingHorizontalL,
    ...shorthands.borderLeft('2px', 'solid', tokens.colorNeutralStroke2),
    position: 'relative',
    '::before': {
      content: '""',
      position: 'absolute',
      left: '-6px',
      top: '20px',
      width: '10px',
      height: '10px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorBrandBackground,
    },
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  slot: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  note: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  history: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  comments: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  comment: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  composer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '640px' },
});

/** Check-ins shown before "show all" (a weekly goal has up to 53 in a year). */
const TIMELINE_FIRST = 6;

/** The check-ins, newest first: value, confidence, note, who wrote it, its edits and comments. */
export function CheckInTimeline({
  checkIns,
  goal,
  headingLevel = 3,
}: {
  checkIns: readonly GoalCheckIn[];
  goal: GoalUnitFacts & { cadence: 'WEEKLY' | 'MONTHLY' };
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? checkIns : checkIns.slice(0, TIMELINE_FIRST);
  return (
    <>
      <ol className={styles.list}>
        {shown.map((checkIn) => (
          <CheckInItem key={checkIn.id} checkIn={checkIn} goal={goal} headingLevel={headingLevel} />
        ))}
      </ol>
      {checkIns.length > TIMELINE_FIRST ? (
        <div>
          <Button
            appearance="secondary"
            icon={showAll ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('goal.showFewer') : t('goal.showAll', { count: checkIns.length })}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function CheckInItem({
  checkIn,
  goal,
  headingLevel,
}: {
  checkIn: GoalCheckIn;
  goal: GoalUnitFacts & { cadence: 'WEEKLY' | 'MONTHLY' };
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const [showHistory, setShowHistory] = useState(false);
  const [composing, setComposing] = useState(false);
  const historyId = useId();
  const Heading = `h${headingLevel}` as const;
  const earlier = checkIn.entries.slice(1);
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Heading className={styles.slot}>{slotLabel(goal.cadence, checkIn.slotStart, locale, t)}</Heading>
        <span className={styles.value}>{formatGoalValue(checkIn.value, goal, locale, t)}</span>
        <ConfidenceBadge confidence={checkIn.confidence} size="small" />
        {checkIn.edited ? (
          <Badge appearance="outline" color="informative" size="small">
            {t('badges.edited')}
          </Badge>
        ) : null}
      </div>
      {checkIn.note ? <p className={styles.note}>{checkIn.note}</p> : null}
      <Text className={styles.meta}>
        {checkIn.author ? (
          <AppLink to={personPath(checkIn.author.id)}>{t('goal.by', { name: personName(checkIn.author, locale) })}</AppLink>
        ) : null}
        {checkIn.author ? t('common.separator') : null}
        {formatDateTime(checkIn.updatedAt, locale)}
      </Text>
      {earlier.length > 0 ? (
        <div>
          <Button
            appearance="transparent"
            size="small"
            icon={showHistory ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={showHistory}
            aria-controls={historyId}
            onClick={() => setShowHistory(!showHistory)}
          >
            {showHistory ? t('goal.hideHistory') : t('goal.history', { count: earlier.length })}
          </Button>
          {showHistory ? (
            <ul id={historyId} className={styles.history}>
              {earlier.map((entry) => (
                <li key={entry.id}>
                  {t('goal.historyEntry', {
                    date: formatDateTime(entry.createdAt, locale),
                    value: formatGoalValue(entry.value, goal, locale, t),
                    confidence: t(`confidence.${entry.confidence}`),
                  })}
                  {entry.author ? `${t('common.separator')}${t('goal.by', { name: personName(entry.author, locale) })}` : null}
                  {entry.note ? `${t('common.separator')}${entry.note}` : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {checkIn.comments.length > 0 ? (
        <ul className={styles.comments} aria-label={t('goal.comments', { count: checkIn.comments.length })}>
          {checkIn.comments.map((comment) => (
            <li key={comment.id} className={styles.comment}>
              <Text className={styles.meta}>
                {comment.author ? t('goal.by', { name: personName(comment.author, locale) }) : null}
                {comment.author ? t('common.separator') : null}
                {formatDateTime(comment.createdAt, locale)}
              </Text>
              <p className={styles.note}>{comment.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {composing ? (
        <CommentComposer checkInId={checkIn.id} onDone={() => setComposing(false)} />
      ) : (
        <div className={styles.actions}>
          <Button appearance="subtle" size="small" icon={<CommentRegular />} onClick={() => setComposing(true)}>
            {t('goal.commentLabel')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** A comment on one check-in; its idempotency key lives until the comment is sent. */
function CommentComposer({ checkInId, onDone }: { checkInId: string; onDone: () => void }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const [send, { loading }] = useMutation(CommentOnCheckInMutation, { refetchQueries: ['Goal'], awaitRefetchQueries: true });

  const submit = async () => {
    if (loading) return;
    if (!body.trim()) {
      setError(t('goal.commentEmpty'));
      return;
    }
    setError(null);
    try {
      await send({ variables: { input: { checkInId, body: body.trim(), idempotencyKey: key.current } } });
      key.current = newIdempotencyKey();
      setBody('');
      onDone();
    } catch (failure) {
      setError(fieldErrors(failure)['body'] ? t('goal.commentEmpty') : `${t('goal.commentFailed')} ${common(errorMessageKey(failure))}`);
    }
  };

  return (
    <form
      className={styles.composer}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label={t('goal.commentLabel')} validationState={error ? 'error' : undefined} validationMessage={error ?? undefined}>
        <Textarea
          value={body}
          rows={2}
          resize="vertical"
          maxLength={GOAL_COMMENT_MAX_LENGTH}
          placeholder={t('goal.commentPlaceholder')}
          disabled={loading}
          onChange={(_, data) => setBody(data.value)}
          // Opened on request: writing is the next step.
          autoFocus
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" icon={<SendRegular />} disabledFocusable={loading}>
          {loading ? t('goal.commentSending') : t('goal.commentSend')}
        </Button>
        <Button appearance="secondary" size="small" onClick={onDone} disabled={loading}>
          {t('checkIn.cancel')}
        </Button>
      </div>
    </form>
  );
}
