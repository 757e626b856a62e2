import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@kakehashi/shared-contracts';
import { ancestorsOrSelf, PERSON_DIRECTORY, type PersonDirectoryPort, type Viewer } from '@kakehashi/server-platform';
import { StoryStatus } from './enums';

/** The parts of a story its access rules read. */
export interface StoryAccessFacts {
  status: StoryStatus;
  authorId: string;
  coAuthorIds: readonly string[];
  reviewerId: string | null;
  ownerId: string;
  verifierId: string | null;
  departmentIds: readonly string[];
}

/**
 * Who may do what with a story, written once:
 * - drafts (and stories in review) are seen by their author, co-authors and reviewer only;
 * - published and archived stories by everyone;
 * - authors and co-authors edit drafts and stories in review;
 * - a published story is edited by its owner, admins, and `Hub.Editor`s of a department
 *   involved (or one above it, as for newsletters);
 * - verifying: the verifier, the owner, or an admin.
 */
@Injectable()
export class StoryAccess {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  isAuthor(viewer: Viewer, story: StoryAccessFacts): boolean {
    return story.authorId === viewer.personId || story.coAuthorIds.includes(viewer.personId);
  }

  canRead(viewer: Viewer, story: StoryAccessFacts): boolean {
    if (story.status === StoryStatus.PUBLISHED || story.status === StoryStatus.ARCHIVED) return true;
    // The reviewer keeps seeing a draft they sent back for changes (they will review it again).
    return this.isAuthor(viewer, story) || story.reviewerId === viewer.personId;
  }

  /** May change the content now (drafts: authors; published: owner, editors, admins). */
  async canEdit(viewer: Viewer, story: StoryAccessFacts): Promise<boolean> {
    if (story.status === StoryStatus.DRAFT || story.status === StoryStatus.IN_REVIEW) return this.isAuthor(viewer, story);
    if (story.status === StoryStatus.ARCHIVED) return false;
    return this.canManage(viewer, story);
  }

  /** Owner, admins and editors of a department involved: edit, archive and restore a published story, hand it over. */
  async canManage(viewer: Viewer, story: StoryAccessFacts): Promise<boolean> {
    if (story.ownerId === viewer.personId || viewer.roles.includes(Role.HUB_ADMIN)) return true;
    if (!viewer.roles.includes(Role.HUB_EDITOR) || !viewer.departmentId) return false;
    const departments = await this.directory.departments();
    return story.departmentIds.some((id) => ancestorsOrSelf(departments, id).includes(viewer.departmentId!));
  }

  canVerify(viewer: Viewer, story: StoryAccessFacts): boolean {
    if (story.status !== StoryStatus.PUBLISHED) return false;
    return story.verifierId === viewer.personId || story.ownerId === viewer.personId || viewer.roles.includes(Role.HUB_ADMIN);
  }

  canReview(viewer: Viewer, story: StoryAccessFacts): boolean {
    return story.status === StoryStatus.IN_REVIEW && story.reviewerId === viewer.personId;
  }
}
