import { Role } from '@kakehashi/shared-contracts';
import { ForbiddenError, hasAnyRole, type Viewer } from '@kakehashi/server-platform';

/** Product triagers (Product.Triage) and admins triage, read internal notes and the inbox. */
export function canTriage(viewer: Viewer): boolean {
  return hasAnyRole(viewer.roles, [Role.PRODUCT_TRIAGE]);
}

export function assertCanTriage(viewer: Viewer): void {
  if (!canTriage(viewer)) throw new ForbiddenError('Only product triagers (Product.Triage) and admins do this.');
}
