import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PagingArgs } from '@kakehashi/server-platform';
import { SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { TeamKind, TeamStatus } from '../team-enums';

@ArgsType()
export class TeamsArgs extends PagingArgs {
  @Field(() => String, { nullable: true, description: 'Words of the name or mission (Japanese or English).' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX_LENGTH, { message: `must be at most ${SEARCH_TEXT_MAX_LENGTH} characters` })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Teams with a current member from this department or one below it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string | null;

  @Field(() => TeamKind, { nullable: true })
  @IsOptional()
  @IsEnum(TeamKind, { message: 'must be PROJECT, CROSS_FUNCTIONAL, COMMITTEE or GUILD' })
  kind?: TeamKind | null;

  @Field(() => TeamStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TeamStatus, { message: 'must be FORMING, ACTIVE or CLOSED' })
  status?: TeamStatus | null;

  @Field({ defaultValue: true, description: 'False leaves closed teams out (when no status is given).' })
  @IsBoolean()
  includeClosed: boolean = true;

  @Field(() => ID, { nullable: true, description: 'Teams that own or contribute to this goal.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a goal id' })
  goalId?: string | null;
}
