import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue, useLocale } from '@kakehashi/client-platform';
import { teamName, teamNameMatches } from '../common/format';
import { GoalBoardTeamOptionsQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { boardTeamLabel, type BoardTeam } from './board-team';

// The value of 「すべてのチーム」, and the start of the values of the list's notes (disabled, never chosen).
const ALL = '';
const NOTE = 'note:';

/**
 * 「チーム」: a searchable list of the teams that are not closed. The first 100 teams come in
 * one request when the list is first wanted and are filtered as one types; with more teams than
 * that, what is typed is also searched on the server.
 */
export function TeamFilter({
  teamId,
  team,
  onChange,
  className,
  comboboxClassName,
}: {
  teamId: string | null;
  /** The chosen team, to show its name. */
  team: BoardTeam | undefined;
  onChange: (teamId: string | null) => void;
  className?: string;
  comboboxClassName?: string;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  // What is typed; null while the field shows the chosen team.
  const [typed, setTyped] = useState<string | null>(null);
  // Nothing is asked until the field is first used: the board itself must come fast.
  const [wanted, setWanted] = useState(false);
  // Opened by typing too: text from an IME (Japanese) comes without the key presses that open it.
  const [open, setOpen] = useState(false);
  const first = useQuery(GoalBoardTeamOptionsQuery, { variables: { search: null }, skip: !wanted });
  const loaded = first.data?.teams;
  const complete = loaded ? loaded.totalCount <= loaded.edges.length : true;
  const search = useDebouncedValue((typed ?? '').trim(), 250);
  const searched = useQuery(GoalBoardTeamOptionsQuery, { variables: { search }, skip: complete || search.length === 0 });

  const chosenLabel = team ? boardTeamLabel(team, locale, t) : '';
  const filtering = typed !== null && typed.trim().length > 0 && typed !== chosenLabel;
  const teams = new Map<string, BoardTeam>();
  for (const edge of [...(loaded?.edges ?? []), ...(filtering && !complete ? (searched.data?.teams.edges ?? []) : [])]) {
    teams.set(edge.node.id, edge.node);
  }
  const options = [...teams.values()].filter(
    (candidate) =>
      candidate.status !== 'CLOSED' &&
      // The server's search matches words of the name or mission, not parts of names: what it found stays.
      (!filtering || teamNameMatches(candidate, typed) || searched.data?.teams.edges.some((edge) => edge.node.id === candidate.id)),
  );

  const note = (key: string, text: string) => (
    <Option key={`${NOTE}${key}`} value={`${NOTE}${key}`} text={text} disabled>
      {text}
    </Option>
  );
  const items = (): ReactNode => {
    if (!loaded) return first.error ? note('failed', t('board.teamsFailed')) : note('loading', t('board.teamsLoading'));
    if (options.length === 0)
      return filtering && searched.loading ? note('loading', t('board.teamsLoading')) : note('none', t('board.teamsNone'));
    return options.map((option) => {
      const label = teamName(option, locale);
      return (
        <Option key={option.id} value={option.id} text={label}>
          {label}
        </Option>
      );
    });
  };

  return (
    <Field label={t('board.team')} className={className}>
      <Combobox
        className={comboboxClassName}
        placeholder={t('board.allTeams')}
        // Fluent names the button 「Open」 in every language.
        expandIcon={{ 'aria-label': t('board.teamsOpen') }}
        value={typed ?? chosenLabel}
        selectedOptions={[teamId ?? ALL]}
        onFocus={() => setWanted(true)}
        open={open}
        onOpenChange={(_, state) => {
          setOpen(state.open);
          if (state.open) setWanted(true);
        }}
        onChange={(event) => {
          setTyped(event.target.value);
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => setTyped(null)}
        onOptionSelect={(_, selected) => {
          // Typing over the chosen name clears the selection inside the combobox (no value):
          // the board keeps its team until another one, or 「すべてのチーム」, is chosen.
          if (selected.optionValue === undefined || selected.optionValue.startsWith(NOTE)) return;
          setTyped(null);
          onChange(selected.optionValue === ALL ? null : selected.optionValue);
        }}
      >
        {filtering ? null : (
          <Option key={ALL} value={ALL} text={t('board.allTeams')}>
            {t('board.allTeams')}
          </Option>
        )}
        {items()}
        {loaded && !complete && !filtering ? note('more', t('board.teamsMore')) : null}
      </Combobox>
    </Field>
  );
}
