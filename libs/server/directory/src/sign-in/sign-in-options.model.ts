import { Field, ObjectType } from '@nestjs/graphql';
import { Person } from '@kakehashi/server-platform';

@ObjectType({ description: 'A seeded demo person that dev sign-in offers, with what they do.' })
export class Persona {
  @Field({ description: 'employee, editor, sales, support, product, executive or admin' })
  key!: string;

  @Field(() => Person)
  person!: Person;
}

@ObjectType({ description: 'How the hub can be signed in to, shown on the sign-in page.' })
export class AuthOptions {
  @Field({ description: 'Microsoft Entra ID sign-in is configured.' })
  entraEnabled!: boolean;

  @Field({ description: 'Dev sign-in (AUTH_MODE=dev) is on: personas can be picked.' })
  devSignInEnabled!: boolean;

  @Field(() => [Persona], { description: 'The seeded personas offered by dev sign-in (empty when it is off).' })
  personas!: Persona[];
}
