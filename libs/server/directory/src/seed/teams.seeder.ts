import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DemoSeed, type DemoSeeder, GOAL_LINKS, type GoalLinkPort } from '@kakehashi/server-platform';
import { readTeamSeedPeople, seedTeams } from './seed-teams';
import { SEED_TEAMS } from './team-content';

/** Today in Asia/Tokyo (UTC+9 all year). */
const tokyoToday = (now: Date) => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** The demo company's cross-functional teams, after the goals they own or feed exist. */
@DemoSeed({ name: 'teams', order: 70 })
@Injectable()
export class TeamsSeeder implements DemoSeeder {
  constructor(@Optional() @Inject(GOAL_LINKS) private readonly goals: GoalLinkPort | null) {}

  async seed(manager: EntityManager): Promise<void> {
    const codes = [...new Set(SEED_TEAMS.flatMap((team) => team.goals.map((goal) => goal.code)))];
    const goals = (await this.goals?.latestGoalsByCode(codes)) ?? [];
    await seedTeams(manager, await readTeamSeedPeople(manager), new Map(goals.map((goal) => [goal.code, goal.id])), {
      scale: 1,
      today: tokyoToday(new Date()),
    });
  }
}
