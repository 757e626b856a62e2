import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TeamRole } from '@kakehashi/shared-contracts';
import type { PersonaKey } from './demo-company';
import { rngFor } from './prng';
import { SEED_TEAMS, type SeedTeam } from './team-content';

/** The people teams are made of, as the seed reads them. */
export interface TeamSeedPerson {
  id: string;
  departmentCode: string | null;
  persona: PersonaKey | null;
}

export interface TeamSeedCounts {
  teams: number;
  members: number;
  goalLinks: number;
}

/** A calendar day `months` months from the first of `today`'s month (YYYY-MM-DD). */
function monthStart(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return date.toISOString().slice(0, 10);
}

/** The day before a month start: the last day of the previous month. */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const fakeHex = (rng: () => number, length: number) => Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join('');

function channelLink(rng: () => number, team: SeedTeam): string {
  return `https://teams.microsoft.com/l/channel/19%3A${fakeHex(rng, 32)}%40thread.tacv2/${encodeURIComponent(team.nameEn)}?groupId=${randomUUID()}`;
}

/**
 * The demo company's cross-functional teams, `scale` times over (copies after the first are
 * later cohorts: 第2期, 第3期 …), with rosters mixing departments, a history that says who
 * set them up, and links to the shared goals by code. Deterministic people: the same
 * company always gets the same teams.
 */
export async function seedTeams(
  manager: EntityManager,
  people: readonly TeamSeedPerson[],
  goalIdsByCode: ReadonlyMap<string, string>,
  options: { scale: number; today: string },
): Promise<TeamSeedCounts> {
  const byUnit = new Map<string, TeamSeedPerson[]>();
  const personas = new Map<PersonaKey, TeamSeedPerson>();
  for (const person of people) {
    if (person.persona) personas.set(person.persona, person);
    if (!person.departmentCode || person.persona) continue;
    const code = person.departmentCode;
    // A person counts for their own department and the top-level unit above it (SLS-E1 → SLS-E → SLS).
    const parts = code.split('-');
    for (let length = 1; length <= parts.length; length += 1) {
      const unit = parts.slice(0, length).join('-');
      const list = byUnit.get(unit) ?? [];
      list.push(person);
      byUnit.set(unit, list);
    }
  }

  const teams: {
    id: string;
    name: string;
    nameEn: string;
    mission: string;
    kind: string;
    status: string;
    startsOn: string;
    endsOn: string | null;
    channel: string | null;
    createdBy: string | null;
  }[] = [];
  const members: { teamId: string; personId: string; role: string; allocation: number; startsOn: string; endsOn: string | null }[] = [];
  const events: { teamId: string; kind: string; actorId: string | null; personId: string | null; changes: string; at: string }[] = [];
  const links: { teamId: string; goalId: string; relation: string }[] = [];

  for (let copy = 0; copy < options.scale; copy += 1) {
    SEED_TEAMS.forEach((template, index) => {
      const rng = rngFor(`teams:${copy}:${index}`);
      // Later cohorts of the same team started a year apart, and the older ones have closed.
      const startedMonthsAgo = template.startedMonthsAgo + copy * 12;
      const startsOn = monthStart(options.today, -startedMonthsAgo);
      const endsOn = template.months === null ? null : dayBefore(monthStart(options.today, -startedMonthsAgo + template.months));
      const closed = copy > 0 && endsOn !== null && endsOn < options.today;
      const status = copy === 0 ? template.status : closed || template.status === 'CLOSED' ? 'CLOSED' : template.status;
      const teamId = randomUUID();
      const chosen = new Set<string>();
      const roster: { personId: string; role: string; allocation: number; startsOn: string }[] = [];
      for (const slot of template.slots) {
        let person: TeamSeedPerson | undefined;
        if (slot.persona && copy === 0) person = personas.get(slot.persona);
        if (!person) {
          const pool = byUnit.get(slot.unit) ?? byUnit.get(slot.unit.split('-')[0]!) ?? [];
          for (let attempt = 0; attempt < 8 && pool.length > 0; attempt += 1) {
            const candidate = pool[Math.floor(rng() * pool.length)]!;
            if (!chosen.has(candidate.id)) {
              person = candidate;
              break;
            }
          }
        }
        if (!person || chosen.has(person.id)) continue;
        chosen.add(person.id);
        const memberStart = slot.joinedMonthsLater ? monthStart(startsOn, slot.joinedMonthsLater) : startsOn;
        roster.push({ personId: person.id, role: slot.role, allocation: slot.allocation, startsOn: memberStart });
      }
      const lead = roster.find((member) => member.role === TeamRole.LEAD)?.personId ?? null;
      const name = copy === 0 ? template.name : `${template.name}（第${copy + 1}期）`;
      teams.push({
        id: teamId,
        name,
        nameEn: copy === 0 ? template.nameEn : `${template.nameEn} (cohort ${copy + 1})`,
        mission: template.mission,
        kind: template.kind,
        status,
        startsOn,
        endsOn,
        channel: template.channel ? channelLink(rng, template) : null,
        createdBy: lead,
      });
      events.push({
        teamId,
        kind: 'CREATED',
        actorId: lead,
        personId: null,
        changes: JSON.stringify({ name: [null, name] }),
        at: startsOn,
      });
      for (const member of roster) {
        members.push({ teamId, ...member, endsOn: status === 'CLOSED' ? endsOn : null });
        events.push({
          teamId,
          kind: 'MEMBER_ADDED',
          actorId: lead,
          personId: member.personId,
          changes: JSON.stringify({ role: [null, member.role], allocation: [null, member.allocation], startsOn: [null, member.startsOn] }),
          at: member.startsOn,
        });
      }
      if (copy === 0) {
        for (const goal of template.goals) {
          const goalId = goalIdsByCode.get(goal.code);
          if (goalId) links.push({ teamId, goalId, relation: goal.relation });
        }
      }
    });
  }

  await manager.query(
    `INSERT INTO teams (id, name, name_en, mission, kind, status, starts_on, ends_on, channel_url, created_by_id, created_at, updated_at)
     SELECT id, name, name_en, mission, kind, status, starts_on, ends_on, channel_url, created_by_id,
            starts_on::timestamp AT TIME ZONE 'Asia/Tokyo', starts_on::timestamp AT TIME ZONE 'Asia/Tokyo'
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::text[], $10::uuid[])
         AS t(id, name, name_en, mission, kind, status, starts_on, ends_on, channel_url, created_by_id)`,
    [
      teams.map((t) => t.id),
      teams.map((t) => t.name),
      teams.map((t) => t.nameEn),
      teams.map((t) => t.mission),
      teams.map((t) => t.kind),
      teams.map((t) => t.status),
      teams.map((t) => t.startsOn),
      teams.map((t) => t.endsOn),
      teams.map((t) => t.channel),
      teams.map((t) => t.createdBy),
    ],
  );
  await manager.query(
    `INSERT INTO team_members (team_id, person_id, role, allocation, starts_on, ends_on)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::smallint[], $5::date[], $6::date[])`,
    [
      members.map((m) => m.teamId),
      members.map((m) => m.personId),
      members.map((m) => m.role),
      members.map((m) => m.allocation),
      members.map((m) => m.startsOn),
      members.map((m) => m.endsOn),
    ],
  );
  await manager.query(
    `INSERT INTO team_events (team_id, kind, actor_id, person_id, changes, created_at)
     SELECT team_id, kind, actor_id, person_id, changes, at::timestamp AT TIME ZONE 'Asia/Tokyo' + interval '10 hours' + n * interval '1 millisecond'
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::jsonb[], $6::date[]) WITH ORDINALITY
         AS e(team_id, kind, actor_id, person_id, changes, at, n)`,
    [
      events.map((e) => e.teamId),
      events.map((e) => e.kind),
      events.map((e) => e.actorId),
      events.map((e) => e.personId),
      events.map((e) => e.changes),
      events.map((e) => e.at),
    ],
  );
  if (links.length > 0) {
    await manager.query('INSERT INTO team_goals (team_id, goal_id, relation) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])', [
      links.map((l) => l.teamId),
      links.map((l) => l.goalId),
      links.map((l) => l.relation),
    ]);
  }
  return { teams: teams.length, members: members.length, goalLinks: links.length };
}

/** The directory's people with their department code and persona, as the team seed needs them. */
export async function readTeamSeedPeople(manager: EntityManager): Promise<TeamSeedPerson[]> {
  const rows: { id: string; code: string | null; persona: PersonaKey | null }[] = await manager.query(
    `SELECT p.id, d.code, dp.persona_key AS persona
       FROM people p LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN demo_personas dp ON dp.person_id = p.id
      WHERE p.active ORDER BY p.sort_name, p.id`,
  );
  return rows.map((row) => ({ id: row.id, departmentCode: row.code, persona: row.persona }));
}
