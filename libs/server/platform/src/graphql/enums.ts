import { registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@kakehashi/shared-contracts';

// Shared enums are registered once, here, so every domain's models can use them.
registerEnumType(Role, { name: 'Role', description: 'Roles beyond employee, from Entra ID app roles.' });
registerEnumType(Locale, { name: 'Locale' });
