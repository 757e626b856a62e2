import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A part of the product that tickets are filed against.' })
export class ProductArea {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Stable key, e.g. 'billing'." })
  key!: string;

  @Field()
  nameJa!: string;

  @Field()
  nameEn!: string;

  @Field({ description: 'Inactive areas stay on old tickets but are not offered for new ones.' })
  active!: boolean;

  @Field(() => Int)
  sortOrder!: number;
}
