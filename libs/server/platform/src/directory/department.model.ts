import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A division, department or section; departments form a tree.' })
export class Department {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  nameJa!: string;

  @Field()
  nameEn!: string;

  parentId!: string | null;
  sortOrder!: number;
}

/** Described here, resolved by DepartmentResolver (with parent and children). */
export const DEPARTMENT_MEMBER_COUNT_DESCRIPTION = 'Active people in this department itself (not its sub-departments).';
