import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

/** The tables whose every write moves their change stamp (the triggers of migrations ChangeStamps, TeamChangeStamps and GoalPageChangeStamps). */
export const STAMPED_TABLES = [
  'departments',
  'goal_check_in_comments',
  'goal_check_in_entries',
  'goal_check_ins',
  'goals',
  'people',
  'team_goals',
  'team_members',
  'teams',
] as const;
export type StampedTable = (typeof STAMPED_TABLES)[number];

const READ = `SELECT coalesce(string_agg(table_name || ':' || version, ',' ORDER BY table_name), '') AS stamp
  FROM change_stamps WHERE table_name = ANY($1::text[])`;

/**
 * Reads the change stamps of some tables in one statement, as one string that differs after
 * any committed write to any of them: what tells a kept answer that it is still true, on every
 * replica at once (the stamps live in the database, not in a process).
 */
@Injectable()
export class ChangeStamps {
  constructor(private readonly dataSource: DataSource) {}

  async read(tables: readonly StampedTable[]): Promise<string> {
    if (tables.length === 0) return '';
    const rows = await preparedQuery<{ stamp: string }>(this.dataSource, READ, [[...tables].sort()]);
    return rows[0]?.stamp ?? '';
  }
}
