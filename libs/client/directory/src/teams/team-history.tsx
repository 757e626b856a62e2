import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kakehashi/shared-contracts';
import {
  ErrorState,
  formatDateTime,
  personName,
  useLocale,
  type TeamDetailsFragment,
  type TeamEventFieldsFragment,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { TeamHistoryPageQuery } from './documents';
import { formatDay, todayInTokyo } from './team-ui';

type TFunction = ReturnType<typeof useTranslation>['t'];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: '2px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  sentence: { overflowWrap: 'anywhere' },
  details: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  time: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** Fields whose values read well in a sentence (a mission does not: it is named only). */
const VALUE_FIELDS = new Set([
  'name',
  'nameEn',
  'kind',
  'status',
  'startsOn',
  'endsOn',
  'channelUrl',
  'role',
  'allocation',
  'goal',
  'relation',
]);

/** A recorded value as people read it: labels for codes, dates as dates, allocation with %. */
function valueText(field: string, value: string | null | undefined, t: TFunction, locale: Locale): string {
  if (value === null || value === undefined || value === '') return t('teams.history.empty');
  switch (field) {
    case 'kind':
      return t(`teams.kinds.${value}`, { defaultValue: value });
    case 'status':
      return t(`teams.statuses.${value}`, { defaultValue: value });
    case 'role':
      return t(`teams.roles.${value}`, { defaultValue: value });
    case 'relation':
      return t(`teams.relations.${value}`, { defaultValue: value });
    case 'allocation':
      return t('teams.percent', { value: Number(value) });
    case 'startsOn':
    case 'endsOn':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value, locale) : value;
    default:
      return value;
  }
}

const fieldName = (field: string, t: TFunction) => t(`teams.history.fields.${field}`, { defaultValue: field });

/** One history entry as a sentence, e.g. 「山田 太郎さんが 佐藤 花子さんを追加しました（メンバー・40%）」, and its details. */
export function describeEvent(event: TeamEventFieldsFragment, t: TFunction, locale: Locale): { sentence: string; details: string[] } {
  const actor = event.actor ? t('teams.history.actorPerson', { name: personName(event.actor, locale) }) : t('teams.history.actorSystem');
  const person = event.person ? t('teams.history.personName', { name: personName(event.person, locale) }) : '';
  const change = (field: string) => event.changes.find((entry) => entry.field === field);
  const fields = event.changes.map((entry) => fieldName(entry.field, t)).join(t('teams.listSeparator'));
  const details = (skip: readonly string[] = []) =>
    event.changes
      .filter((entry) => VALUE_FIELDS.has(entry.field) && !skip.includes(entry.field))
      .map((entry) =>
        entry.before === null || entry.before === undefined
          ? t('teams.history.changeSet', { field: fieldName(entry.field, t), after: valueText(entry.field, entry.after, t, locale) })
          : t('teams.history.change', {
              field: fieldName(entry.field, t),
              before: valueText(entry.field, entry.before, t, locale),
              after: valueText(entry.field, entry.after, t, locale),
            }),
      );
  switch (event.kind) {
    case 'CREATED':
      return { sentence: t('teams.history.CREATED', { actor }), details: [] };
    case 'UPDATED':
      return { sentence: t('teams.history.UPDATED', { actor, fields }), details: details() };
    case 'MEMBER_ADDED':
      return {
        sentence: t('teams.history.MEMBER_ADDED', {
          actor,
          person,
          role: valueText('role', change('role')?.after, t, locale),
          allocation: change('allocation')?.after ?? '0',
        }),
        // The start date is news only when it is not the day they were added.
        details: details(
          change('startsOn')?.after === todayInTokyo(new Date(event.createdAt))
            ? ['role', 'allocation', 'startsOn']
            : ['role', 'allocation'],
        ),
      };
    case 'MEMBER_UPDATED':
      return { sentence: t('teams.history.MEMBER_UPDATED', { actor, person, fields }), details: details() };
    case 'MEMBER_REMOVED':
      return { sentence: t('teams.history.MEMBER_REMOVED', { actor, person }), details: [] };
    case 'GOAL_LINKED': {
      const goal = change('goal')?.after ?? '';
      const relation = valueText('relation', change('relation')?.after, t, locale);
      const relinked = Boolean(change('relation')?.before);
      return {
        sentence: t(relinked ? 'teams.history.GOAL_RELINKED' : 'teams.history.GOAL_LINKED', { actor, goal, relation }),
        details: [],
      };
    }
    case 'GOAL_UNLINKED':
      return { sentence: t('teams.history.GOAL_UNLINKED', { actor, goal: change('goal')?.before ?? '' }), details: [] };
    default:
      return { sentence: fields, details: details() };
  }
}

/** Who changed what on the team, and when; older entries a page at a time. */
export function TeamHistory({ team }: { team: TeamDetailsFragment }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const client = useApolloClient();
  const [older, setOlder] = useState<{ events: TeamEventFieldsFragment[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const first = team.history.edges.map((edge) => edge.node);
  const seen = new Set(first.map((event) => event.id));
  // Entries written in one transaction share an instant: the team's creation reads first among them (last, newest first).
  const events = [...first, ...(older?.events ?? []).filter((event) => !seen.has(event.id))]
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        b.event.createdAt.localeCompare(a.event.createdAt) ||
        Number(a.event.kind === 'CREATED') - Number(b.event.kind === 'CREATED') ||
        a.index - b.index,
    )
    .map(({ event }) => event);
  const pageInfo = older ?? team.history.pageInfo;

  const loadMore = async () => {
    setLoading(true);
    setFailure(null);
    try {
      const result = await client.query({
        query: TeamHistoryPageQuery,
        variables: { id: team.id, after: pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
      const history = result.data?.team?.history;
      if (history) {
        setOlder({
          events: [...(older?.events ?? []), ...history.edges.map((edge) => edge.node)],
          endCursor: history.pageInfo.endCursor ?? null,
          hasNextPage: history.pageInfo.hasNextPage,
        });
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  };

  if (events.length === 0) {
    return (
      <Text as="p" className={styles.muted}>
        {t('teams.page.noHistory')}
      </Text>
    );
  }
  return (
    <>
      <ol className={styles.list}>
        {events.map((event) => {
          const { sentence, details } = describeEvent(event, t, locale);
          return (
            <li key={event.id} className={styles.entry}>
              <Text className={styles.sentence}>{sentence}</Text>
              {details.length > 0 ? (
                <ul className={styles.details}>
                  {details.map((detail, index) => (
                    <li key={index}>{detail}</li>
                  ))}
                </ul>
              ) : null}
              <time className={styles.time} dateTime={event.createdAt}>
                {formatDateTime(event.createdAt, locale)}
              </time>
            </li>
          );
        })}
      </ol>
      {failure ? <ErrorState error={failure} onRetry={() => void loadMore()} /> : null}
      {pageInfo.hasNextPage ? (
        <div>
          <Button
            appearance="secondary"
            disabledFocusable={loading}
            icon={loading ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
            onClick={() => void loadMore()}
          >
            {t('teams.page.historyMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
