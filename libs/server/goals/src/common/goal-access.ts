import { Inject, Injectable } from '@nestjs/common';
import { GoalStatus, Role } from '@kakehashi/shared-contracts';
import { ancestorsOrSelf, PERSON_DIRECTORY, type PersonDirectoryPort, type Viewer } from '@kakehashi/server-platform';

/** The parts of a goal its access rules read. */
export interface GoalAccessFacts {
  status: GoalStatus | string;
  ownerId: string;
  departmentIds: readonly string[];
}

/** The check-in rule, given the viewer's department and those above it. */
export function checkInAllowed(viewer: Viewer, goal: GoalAccessFacts, viewerDepartments: readonly string[]): boolean {
  if (goal.status !== GoalStatus.ACTIVE) return false;
  if (goal.ownerId === viewer.personId) return true;
  return goal.departmentIds.some((id) => viewerDepartments.includes(id));
}

/**
 * Who may do what with a goal, written once:
 * - everyone reads company goals; a draft only those who may edit it;
 * - editing (and status, weights, rolling forward): the owner, admins, and `Hub.Editor`s of
 *   a contributing department or one above it;
 * - check-ins: the owner and the contributors (people of a contributing department or one
 *   below it), on an active goal;
 * - creating: editors (for departments they edit) and admins.
 */
@Injectable()
export class GoalAccess {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  async canRead(viewer: Viewer, goal: GoalAccessFacts): Promise<boolean> {
    return goal.status !== GoalStatus.DRAFT || this.canEdit(viewer, goal);
  }

  async canEdit(viewer: Viewer, goal: GoalAccessFacts): Promise<boolean> {
    if (goal.ownerId === viewer.personId || viewer.roles.includes(Role.HUB_ADMIN)) return true;
    return this.editsAny(viewer, goal.departmentIds);
  }

  async canCheckIn(viewer: Viewer, goal: GoalAccessFacts): Promise<boolean> {
    if (goal.status !== GoalStatus.ACTIVE) return false;
    if (goal.ownerId === viewer.personId) return true;
    if (!viewer.departmentId || goal.departmentIds.length === 0) return false;
    return checkInAllowed(viewer, goal, ancestorsOrSelf(await this.directory.departments(), viewer.departmentId));
  }

  canCreate(viewer: Viewer): boolean {
    return viewer.roles.includes(Role.HUB_ADMIN) || viewer.roles.includes(Role.HUB_EDITOR);
  }

  /** An admin, or an editor of (or above) one of these departments. */
  async editsAny(viewer: Viewer, departmentIds: readonly string[]): Promise<boolean> {
    if (viewer.roles.includes(Role.HUB_ADMIN)) return true;
    if (!viewer.roles.includes(Role.HUB_EDITOR) || !viewer.departmentId) return false;
    const departments = await this.directory.departments();
    return departmentIds.some((id) => ancestorsOrSelf(departments, id).includes(viewer.departmentId!));
  }
}
