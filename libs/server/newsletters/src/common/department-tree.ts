import { Role } from '@kakehashi/shared-contracts';
import { ancestorsOrSelf, type Department, type Viewer } from '@kakehashi/server-platform';

export { ancestorsOrSelf };

/**
 * Editors of a newsletter: admins, and `Hub.Editor`s whose own department is the
 * newsletter's department or one above it (a division's comms editor looks after the
 * newsletters of the departments in that division, as 本部 oversee their 部).
 */
export function canEditNewsletter(viewer: Viewer, newsletterDepartmentId: string, departments: readonly Department[]): boolean {
  if (viewer.roles.includes(Role.HUB_ADMIN)) return true;
  if (!viewer.roles.includes(Role.HUB_EDITOR) || !viewer.departmentId) return false;
  return ancestorsOrSelf(departments, newsletterDepartmentId).includes(viewer.departmentId);
}

/**
 * A newsletter is followed by default when it is company-wide or belongs to the reader's
 * department or one above it (東日本営業部 follows 営業本部's newsletter too).
 */
export function followedByDefault(
  newsletter: { companyWide: boolean; departmentId: string },
  viewerDepartmentIds: readonly string[],
): boolean {
  return newsletter.companyWide || viewerDepartmentIds.includes(newsletter.departmentId);
}

/** Whether a reader of this department is addressed by an edition's audience. */
export function isAddressed(
  edition: { audienceKind: string; audienceExpandedIds: readonly string[] },
  departmentId: string | null,
): boolean {
  return edition.audienceKind === 'COMPANY' || (departmentId !== null && edition.audienceExpandedIds.includes(departmentId));
}
