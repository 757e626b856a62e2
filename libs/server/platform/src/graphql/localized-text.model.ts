import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedText', { description: 'Text in both UI languages; the reader’s language picks one.' })
export class LocalizedTextModel {
  @Field()
  ja!: string;

  @Field()
  en!: string;
}
