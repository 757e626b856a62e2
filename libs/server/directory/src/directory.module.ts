import { Global, Module } from '@nestjs/common';
import { PERSON_DIRECTORY } from '@kakehashi/server-platform';
import { DepartmentResolver } from './departments/department.resolver';
import { DepartmentService } from './departments/department.service';
import { PersonDirectoryAdapter } from './people/person-directory.adapter';
import { PersonLoaders } from './people/person.loaders';
import { PersonConnectionResolver, PersonResolver } from './people/person.resolver';
import { PersonService } from './people/person.service';
import { DirectorySeeder } from './seed/directory.seeder';
import { SignInOptionsResolver } from './sign-in/sign-in-options.resolver';

/** People, departments (and later teams and rosters). Global: the platform's sign-in asks it who people are. */
@Global()
@Module({
  providers: [
    DepartmentService,
    DepartmentResolver,
    PersonService,
    PersonLoaders,
    PersonResolver,
    PersonConnectionResolver,
    SignInOptionsResolver,
    DirectorySeeder,
    { provide: PERSON_DIRECTORY, useClass: PersonDirectoryAdapter },
  ],
  exports: [PERSON_DIRECTORY],
})
export class DirectoryModule {}
