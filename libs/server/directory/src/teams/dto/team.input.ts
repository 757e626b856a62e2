import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsIdempotencyKey, IsText } from '@kakehashi/server-platform';
import {
  TEAM_ALLOCATION_MAX,
  TEAM_ALLOCATION_MIN,
  TEAM_CHANNEL_URL_MAX_LENGTH,
  TEAM_GOALS_MAX,
  TEAM_MEMBERS_MAX,
  TEAM_MISSION_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
  TEAMS_CHANNEL_URL_PATTERN,
} from '@kakehashi/shared-contracts';
import { TeamGoalRelation, TeamKind, TeamRole, TeamStatus } from '../team-enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date (YYYY-MM-DD)';

/** A member's role, allocation and dates: the same rules when adding and when changing. */
@InputType({ isAbstract: true })
export abstract class TeamMembershipFieldsInput {
  @Field(() => TeamRole)
  @IsEnum(TeamRole, { message: 'must be LEAD, MEMBER, ADVISOR or SPONSOR' })
  role!: TeamRole;

  @Field(() => Int, { description: 'Percent of the person’s time on this team (0–100).' })
  @IsInt({ message: 'must be a whole percent' })
  @Min(TEAM_ALLOCATION_MIN, { message: `must be at least ${TEAM_ALLOCATION_MIN}%` })
  @Max(TEAM_ALLOCATION_MAX, { message: `must be at most ${TEAM_ALLOCATION_MAX}%` })
  allocation!: number;

  @Field(() => String, {
    nullable: true,
    description: 'First day on the team (YYYY-MM-DD); default the team’s start, or today when later.',
  })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day on the team (YYYY-MM-DD); none while open-ended.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  endsOn?: string | null;
}

@InputType({ description: 'A person to put on a team.' })
export class TeamMemberInput extends TeamMembershipFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  personId!: string;
}

@InputType({ description: 'A goal the team owns or contributes to.' })
export class TeamGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId!: string;

  @Field(() => TeamGoalRelation)
  @IsEnum(TeamGoalRelation, { message: 'must be OWNS or CONTRIBUTES' })
  relation!: TeamGoalRelation;
}

/** The team's own fields, checked the same way on create and edit. */
@InputType({ isAbstract: true })
export abstract class TeamFieldsInput {
  @Field()
  @IsText(TEAM_NAME_MAX_LENGTH, { required: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(TEAM_NAME_MAX_LENGTH)
  nameEn?: string | null;

  @Field({ defaultValue: '' })
  @IsText(TEAM_MISSION_MAX_LENGTH)
  mission!: string;

  @Field(() => TeamKind)
  @IsEnum(TeamKind, { message: 'must be PROJECT, CROSS_FUNCTIONAL, COMMITTEE or GUILD' })
  kind!: TeamKind;

  @Field(() => TeamStatus)
  @IsEnum(TeamStatus, { message: 'must be FORMING, ACTIVE or CLOSED' })
  status!: TeamStatus;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @Matches(DATE, { message: DATE_MESSAGE })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); none while open-ended.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A Microsoft Teams channel link (https://teams.microsoft.com/…).' })
  @IsOptional()
  @IsText(TEAM_CHANNEL_URL_MAX_LENGTH)
  @Matches(TEAMS_CHANNEL_URL_PATTERN, { message: 'must be a Microsoft Teams link (https://teams.microsoft.com/…)' })
  channelUrl?: string | null;
}

@InputType({ description: 'A new team with its first roster and goals.' })
export class CreateTeamInput extends TeamFieldsInput {
  @Field(() => [TeamMemberInput], { defaultValue: [] })
  @ArrayMaxSize(TEAM_MEMBERS_MAX, { message: `must have at most ${TEAM_MEMBERS_MAX} members` })
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInput)
  members!: TeamMemberInput[];

  @Field(() => [TeamGoalInput], { defaultValue: [] })
  @ArrayMaxSize(TEAM_GOALS_MAX, { message: `must have at most ${TEAM_GOALS_MAX} goals` })
  @ValidateNested({ each: true })
  @Type(() => TeamGoalInput)
  goals!: TeamGoalInput[];

  @Field({ description: 'Made by the client once per intended creation: a retry returns the first team.' })
  @IsIdempotencyKey()
  idempotencyKey!: string;
}

@InputType({ description: "Changes a team's own fields (not its roster)." })
export class UpdateTeamInput extends TeamFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a stale one is a CONFLICT.' })
  @IsInt()
  version!: number;
}

@InputType({ description: 'Puts a person on a team.' })
export class AddTeamMemberInput extends TeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team id' })
  teamId!: string;
}

@InputType({ description: "Changes a member's role, allocation or dates." })
export class UpdateTeamMemberInput extends TeamMembershipFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team member id' })
  memberId!: string;
}

@InputType({ description: 'Ties a team to a goal, or changes how.' })
export class LinkTeamGoalInput extends TeamGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team id' })
  teamId!: string;
}
