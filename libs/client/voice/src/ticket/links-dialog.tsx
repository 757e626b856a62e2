import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
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
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@kakehashi/shared-contracts';
import { errorCode, errorMessageKey, useDebouncedValue, useLocale } from '@kakehashi/client-platform';
import { localizedTitle } from '../common/format';
import type { TicketDetails } from '../common/types';
import { LinkableGoalsQuery, LinkableStoriesQuery, LinkTicketMutation } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '240px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Goals and stories shown while choosing, at most. */
const SHOWN_MAX = 50;

interface Choice {
  id: string;
  label: string;
}

/** 関連付け: the goals this ticket serves and the success stories about it (product). */
export function LinksDialog({
  ticket,
  open,
  onOpenChange,
  onSaved,
}: {
  ticket: TicketDetails;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        {open ? <LinksForm ticket={ticket} onCancel={() => onOpenChange(false)} onSaved={onSaved} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function LinksForm({ ticket, onCancel, onSaved }: { ticket: TicketDetails; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const linkedGoals: Choice[] = ticket.linkedGoals.map((goal) => ({ id: goal.id, label: `${goal.code} ${localizedTitle(goal, locale)}` }));
  const linkedStories: Choice[] = ticket.linkedStories.map((story) => ({
    id: story.id,
    label: t('ticket.storyLink', { title: localizedTitle(story, locale), account: story.accountName }),
  }));
  const [goals, setGoals] = useState<Map<string, Choice>>(new Map(linkedGoals.map((goal) => [goal.id, goal])));
  const [stories, setStories] = useState<Map<string, Choice>>(new Map(linkedStories.map((story) => [story.id, story])));
  const [goalFilter, setGoalFilter] = useState('');
  const [storyText, setStoryText] = useState('');
  const storySearch = useDebouncedValue(storyText.trim(), 400);
  const [failure, setFailure] = useState<string | null>(null);

  const board = useQuery(LinkableGoalsQuery);
  const found = useQuery(LinkableStoriesQuery, { variables: { search: storySearch }, skip: storySearch.length === 0 });
  const [link, { loading }] = useMutation(LinkTicketMutation);

  const goalChoices = useMemo(() => {
    const all = new Map<string, Choice>(linkedGoals.map((goal) => [goal.id, goal]));
    for (const group of board.data?.goalBoard.groups ?? []) {
      for (const { goal } of group.rows) all.set(goal.id, { id: goal.id, label: `${goal.code} ${localizedTitle(goal, locale)}` });
    }
    const needle = goalFilter.trim().toLowerCase();
    return [...all.values()].filter((goal) => !needle || goal.label.toLowerCase().includes(needle)).slice(0, SHOWN_MAX);
    // linkedGoals is derived from the ticket: the board and the filter are what change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board.data, goalFilter, locale]);
  const storyChoices: Choice[] = [
    ...[...stories.values()],
    ...(found.data?.stories.hits ?? [])
      .map(({ story }) => ({
        id: story.id,
        label: t('ticket.storyLink', { title: localizedTitle(story, locale), account: story.customer.accountName }),
      }))
      .filter((story) => !stories.has(story.id)),
  ];

  const toggle = (map: Map<string, Choice>, set: (next: Map<string, Choice>) => void, choice: Choice, on: boolean) => {
    const next = new Map(map);
    if (on) next.set(choice.id, choice);
    else next.delete(choice.id);
    set(next);
  };

  const save = async () => {
    if (loading) return;
    setFailure(null);
    try {
      await link({
        variables: { input: { ticketId: ticket.id, version: ticket.version, goalIds: [...goals.keys()], storyIds: [...stories.keys()] } },
      });
      onSaved();
    } catch (error) {
      setFailure(errorCode(error) === ErrorCode.Conflict ? t('triage.conflict') : common(errorMessageKey(error)));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <DialogBody>
        <DialogTitle>{t('links.title', { code: ticket.code })}</DialogTitle>
        <DialogContent className={styles.content}>
          {failure ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Field label={t('links.goals')} hint={t('links.goalsHint')}>
            <Input type="search" value={goalFilter} onChange={(_, data) => setGoalFilter(data.value)} />
          </Field>
          {board.loading ? <Spinner size="tiny" label={t('links.loading')} /> : null}
          <ul className={styles.list} aria-label={t('links.goals')}>
            {goalChoices.map((goal) => (
              <li key={goal.id}>
                <Checkbox
                  label={goal.label}
                  checked={goals.has(goal.id)}
                  onChange={(_, data) => toggle(goals, setGoals, goal, data.checked === true)}
                />
              </li>
            ))}
          </ul>
          <Field label={t('links.stories')} hint={t('links.storiesHint')}>
            <Input type="search" value={storyText} onChange={(_, data) => setStoryText(data.value)} />
          </Field>
          {storyChoices.length === 0 ? (
            <Text size={200} className={styles.muted}>
              {storySearch ? t('links.noStories') : t('links.storiesEmpty')}
            </Text>
          ) : (
            <ul className={styles.list} aria-label={t('links.stories')}>
              {storyChoices.map((story) => (
                <li key={story.id}>
                  <Checkbox
                    label={story.label}
                    checked={stories.has(story.id)}
                    onChange={(_, data) => toggle(stories, setStories, story, data.checked === true)}
                  />
                </li>
              ))}
            </ul>
          )}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined}>
            {loading ? t('links.saving') : t('links.save')}
          </Button>
          <Button onClick={onCancel}>{t('links.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
