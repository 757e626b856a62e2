import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PagingArgs } from '@kakehashi/server-platform';

@ArgsType()
export class EditionAcknowledgementsArgs extends PagingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field({ description: 'true: who acknowledged (earliest first); false: who has not yet (by name).' })
  @IsBoolean()
  acknowledged!: boolean;

  @Field(() => ID, { nullable: true, description: 'Only people of this department.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string | null;
}
