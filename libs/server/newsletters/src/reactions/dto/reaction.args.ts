import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID } from 'class-validator';
import { ReactionKind } from '../../common/enums';
import { PagingArgs } from '@kakehashi/server-platform';

@ArgsType()
export class SetReactionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => ReactionKind)
  @IsEnum(ReactionKind, { message: 'must be a reaction kind' })
  kind!: ReactionKind;

  @Field({ description: 'true to react, false to take it back.' })
  @IsBoolean()
  on!: boolean;
}

@ArgsType()
export class ReactorsArgs extends PagingArgs {
  @Field(() => ReactionKind)
  @IsEnum(ReactionKind, { message: 'must be a reaction kind' })
  kind!: ReactionKind;
}
