import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Department, LinkedGoalFields, PageInfo, Person } from '@kakehashi/server-platform';
import { TeamEventKind, TeamGoalRelation, TeamKind, TeamRole, TeamStatus } from './team-enums';

@ObjectType({ description: 'A cross-functional team (混成チーム): people of several departments with a shared mission.' })
export class Team {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The team name as people call it (often Japanese).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name, when it has one.' })
  nameEn!: string | null;

  @Field({ description: 'What the team is for (plain text).' })
  mission!: string;

  @Field(() => TeamKind)
  kind!: TeamKind;

  @Field(() => TeamStatus)
  status!: TeamStatus;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null while open-ended.' })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The Microsoft Teams channel link.' })
  channelUrl!: string | null;

  @Field(() => Int, { description: 'Changes with every edit of the team; send it back to detect a concurrent edit.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: "One person on a team's roster." })
export class TeamMember {
  @Field(() => ID)
  id!: string;

  @Field(() => Person)
  person!: Person;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => Int, { description: 'Percent of the person’s time (0–100).' })
  allocation!: number;

  @Field({ description: 'First day on the team (YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day on the team (YYYY-MM-DD).' })
  endsOn!: string | null;

  @Field({ description: 'On the team today (Asia/Tokyo): started and not yet ended.' })
  current!: boolean;

  teamId!: string;
}

@ObjectType({ description: "How many of the team's current members come from one department (the department mix)." })
export class TeamDepartmentShare {
  @Field(() => Department, { nullable: true, description: 'Null for members with no department.' })
  department!: Department | null;

  @Field(() => Int)
  memberCount!: number;
}

@ObjectType({ description: 'A goal a team is tied to, as the goals domain reports it.' })
export class TeamLinkedGoal extends LinkedGoalFields {
  @Field(() => String, { nullable: true, description: 'The owner’s latest confidence (ON_TRACK, AT_RISK, OFF_TRACK).' })
  confidence!: string | null;

  @Field(() => Float, { nullable: true, description: 'Progress from baseline (0) to target (1); null before the first check-in.' })
  progress!: number | null;

  @Field(() => Float, { description: 'The progress expected by today.' })
  pace!: number;

  @Field({ description: 'The period’s first day (YYYY-MM-DD).' })
  periodStart!: string;

  @Field({ description: 'The period’s last day (YYYY-MM-DD).' })
  periodEnd!: string;
}

@ObjectType()
export class TeamGoalLink {
  @Field(() => TeamGoalRelation)
  relation!: TeamGoalRelation;

  @Field(() => TeamLinkedGoal)
  goal!: TeamLinkedGoal;
}

@ObjectType({ description: 'One field of a change: its value before and after, as text.' })
export class TeamFieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'One entry of a team’s history: who changed what, and when.' })
export class TeamEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => TeamEventKind)
  kind!: TeamEventKind;

  @Field(() => [TeamFieldChange])
  changes!: TeamFieldChange[];

  @Field()
  createdAt!: Date;

  actorId!: string | null;
  personId!: string | null;
}

@ObjectType({ description: 'A team a person is on, with their role and allocation there.' })
export class PersonTeam {
  @Field(() => Team)
  team!: Team;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => Int)
  allocation!: number;

  @Field()
  startsOn!: string;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field({ description: 'Started and not yet ended today (a later start is planned, not current).' })
  current!: boolean;

  personId!: string;
}

@ObjectType()
export class TeamEdge {
  @Field()
  cursor!: string;

  @Field(() => Team)
  node!: Team;
}

@ObjectType()
export class TeamConnection {
  @Field(() => [TeamEdge])
  edges!: TeamEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for. */
  countTotal!: () => Promise<number>;
}

@ObjectType()
export class TeamEventEdge {
  @Field()
  cursor!: string;

  @Field(() => TeamEvent)
  node!: TeamEvent;
}

@ObjectType()
export class TeamEventConnection {
  @Field(() => [TeamEventEdge])
  edges!: TeamEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
