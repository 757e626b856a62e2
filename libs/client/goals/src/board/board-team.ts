import { useQuery } from '@apollo/client/react';
import type { Locale } from '@kakehashi/shared-contracts';
import { teamName, type Translate } from '../common/format';
import { GoalBoardTeamQuery } from '../graphql/documents';

/** A team as the board's filter names it. */
export interface BoardTeam {
  id: string;
  name: string;
  nameEn?: string | null;
  status: string;
}

/** The team's name in the UI language, 「（終了）」 after a closed one. */
export function boardTeamLabel(team: BoardTeam, locale: Locale, t: Translate): string {
  const name = teamName(team, locale);
  return team.status === 'CLOSED' ? t('board.teamClosed', { team: name }) : name;
}

/** The team the board is filtered by (undefined while it loads, or when there is none). */
export function useBoardTeam(teamId: string | null): BoardTeam | undefined {
  const { data } = useQuery(GoalBoardTeamQuery, { variables: { id: teamId ?? '' }, skip: !teamId });
  return teamId && data?.team?.id === teamId ? data.team : undefined;
}
