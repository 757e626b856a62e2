import type { Provider, Type } from '@nestjs/common';

/** What the directory module registers for SCIM provisioning at /scim/v2. */
export const SCIM_CONTROLLERS: Type[] = [];
export const SCIM_PROVIDERS: Provider[] = [];
