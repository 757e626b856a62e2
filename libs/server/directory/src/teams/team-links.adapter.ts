import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LinkedTeamSummary, TeamLinkPort } from '@kakehashi/server-platform';

/** Teams as the goals domain sees them: a goal's teams, a team's goals. */
@Injectable()
export class TeamLinksAdapter implements TeamLinkPort {
  constructor(private readonly dataSource: DataSource) {}

  async teamsOfGoals(goalIds: readonly string[]): Promise<LinkedTeamSummary[]> {
    if (goalIds.length === 0) return [];
    return this.dataSource.query<LinkedTeamSummary[]>(
      `SELECT l.goal_id AS "goalId", t.id AS "teamId", t.name, t.name_en AS "nameEn", t.status, l.relation
         FROM team_goals l JOIN teams t ON t.id = l.team_id
        WHERE l.goal_id = ANY($1::uuid[]) ORDER BY l.relation DESC, t.name, t.id`,
      [goalIds],
    );
  }

  async goalIdsOfTeam(teamId: string): Promise<string[]> {
    const rows: { goal_id: string }[] = await this.dataSource.query('SELECT goal_id FROM team_goals WHERE team_id = $1', [teamId]);
    return rows.map((row) => row.goal_id);
  }
}
