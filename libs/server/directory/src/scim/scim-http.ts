import { applyDecorators, Controller, UseFilters, UseGuards } from '@nestjs/common';
import { ScimAuthGuard } from './scim-auth.guard';
import { ScimExceptionFilter } from './scim-exception.filter';
import { SCIM_BASE_PATH } from './scim.constants';

/** A controller under /scim/v2: bearer-token auth, and every error in SCIM's format. */
export function ScimController(): ClassDecorator {
  return applyDecorators(Controller(SCIM_BASE_PATH), UseGuards(ScimAuthGuard), UseFilters(ScimExceptionFilter));
}
