import type { Provider, Type } from '@nestjs/common';
import { ScimAuthGuard } from './scim-auth.guard';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { ScimFallbackController } from './scim-fallback.controller';
import { ScimGroupService } from './scim-group.service';
import { ScimGroupsController } from './scim-groups.controller';
import { ScimUserService } from './scim-user.service';
import { ScimUsersController } from './scim-users.controller';

/** What the directory module registers for SCIM provisioning at /scim/v2 (the fallback last: it answers what no other route does). */
export const SCIM_CONTROLLERS: Type[] = [ScimDiscoveryController, ScimUsersController, ScimGroupsController, ScimFallbackController];
export const SCIM_PROVIDERS: Provider[] = [ScimUserService, ScimGroupService, ScimAuthGuard];
