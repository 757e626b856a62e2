import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A piece of text; matched pieces are what the search text found (to highlight).' })
export class TextSegment {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}
