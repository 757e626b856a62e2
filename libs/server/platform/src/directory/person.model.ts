import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Locale, Role } from '@kakehashi/shared-contracts';
import { Department } from './department.model';

/**
 * Someone in the company directory. The directory resolves and fills it; it lives in the
 * platform so that every domain can show a person (an author, an owner) by this one type.
 */
@ObjectType({ description: 'Someone in the company directory.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name as written in Japanese (family name first), e.g. 山田 太郎.' })
  displayName!: string;

  @Field({ description: 'Name in Latin letters, e.g. Taro Yamada.' })
  displayNameEn!: string;

  @Field(() => String, { nullable: true, description: 'Reading in hiragana, e.g. やまだ たろう.' })
  displayNameKana!: string | null;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => Locale)
  preferredLocale!: Locale;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  active!: boolean;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Int, { description: 'Changes with every edit; send it back to detect a concurrent edit.' })
  version!: number;

  /** Filled by PersonService from the cached department list: a plain field, no resolver per person. */
  @Field(() => Department, { nullable: true })
  department!: Department | null;

  departmentId!: string | null;
  managerId!: string | null;
  sortName!: string;
}
