import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { EDITION_DWELL_SECONDS_MAX } from '@kakehashi/shared-contracts';
import { ReadProgress } from '../../common/enums';

@ArgsType()
export class RecordReadArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => ReadProgress)
  @IsEnum(ReadProgress, { message: 'must be OPENED or READ' })
  progress!: ReadProgress;

  @Field(() => Int, { defaultValue: 0, description: 'Seconds the edition was on screen so far.' })
  @IsInt()
  @Min(0, { message: 'must be at least 0' })
  @Max(EDITION_DWELL_SECONDS_MAX, { message: `must be at most ${EDITION_DWELL_SECONDS_MAX}` })
  dwellSeconds: number = 0;
}
