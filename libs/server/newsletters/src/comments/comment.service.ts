import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COMMENT_REPLIES_SHOWN_MAX } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  ConflictError,
  decodeCursor,
  encodeCursor,
  ForbiddenError,
  NotFoundError,
  Notifier,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  pageSize,
  toPage,
  type Viewer,
  firstRow,
} from '@kakehashi/server-platform';
import { isAddressed } from '../common/department-tree';
import { NewsletterAccess } from '../common/newsletter-access';
import { editionLink } from '../editions/edition-publisher.service';
import type { Edition } from '../editions/edition.model';
import { EditionService } from '../editions/edition.service';
import type { EditCommentInput, HideCommentInput, PostCommentInput } from './dto/comment.input';
import { COMMENT_COLUMNS, type CommentRow, type EditionComment, type EditionCommentConnection, toComment } from './comment.model';

// Control characters other than tab and line breaks have no place in a comment.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Plain text as stored: no control characters, no trailing white space. */
export function cleanCommentBody(body: string): string {
  return body.replace(CONTROL, '').trim();
}

@Injectable()
export class CommentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly editions: EditionService,
    private readonly access: NewsletterAccess,
    private readonly notifier: Notifier,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /** Top-level comments, oldest first, each with its replies (up to 100): one statement. */
  async page(editionId: string, first: number, after: string | null | undefined): Promise<EditionCommentConnection> {
    const size = pageSize(first);
    const params: unknown[] = [editionId];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      params.push(createdAt, id);
      keyset = 'AND (c.created_at, c.id) > ($2::timestamptz, $3::uuid)';
    }
    params.push(size + 1);
    const rows: CommentRow[] = await this.dataSource.query(
      `WITH top AS (
         SELECT ${COMMENT_COLUMNS} FROM edition_comments c
         WHERE c.edition_id = $1 AND c.parent_id IS NULL ${keyset}
         ORDER BY c.created_at, c.id LIMIT $${params.length}
       )
       SELECT * FROM top
       UNION ALL
       SELECT reply.* FROM top t CROSS JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS} FROM edition_comments c WHERE c.parent_id = t.id ORDER BY c.created_at, c.id LIMIT ${COMMENT_REPLIES_SHOWN_MAX}
       ) reply`,
      params,
    );
    const top = rows
      .filter((row) => row.parent_id === null)
      .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
    const page = toPage(top.map(toComment), size);
    for (const comment of page.nodes) {
      comment.replies = rows.filter((row) => row.parent_id === comment.id).map(toComment);
      comment.replyCount = comment.replies.length;
    }
    const edges = page.nodes.map((node) => ({ cursor: encodeCursor([node.createdAt.toISOString(), node.id]), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Posts a comment or a reply. The idempotency key makes a retry return the first comment
   * and create (and notify) nothing more.
   */
  async post(viewer: Viewer, input: PostCommentInput): Promise<EditionComment> {
    const replay = await this.byIdempotencyKey(viewer.personId, input.idempotencyKey);
    if (replay) return replay;
    const edition = await this.editions.publishedForViewer(viewer, input.editionId);
    const body = cleanCommentBody(input.body);
    if (!body) throw BadUserInputError.field('body', 'must not be empty');
    if (input.parentId) {
      const [parent] = await this.dataSource.query<{ edition_id: string; parent_id: string | null }[]>(
        'SELECT edition_id, parent_id FROM edition_comments WHERE id = $1',
        [input.parentId],
      );
      if (!parent || parent.edition_id !== edition.id) throw BadUserInputError.field('parentId', 'is not a comment of this edition');
      if (parent.parent_id !== null) throw BadUserInputError.field('parentId', 'replies take no replies (one level only)');
    }
    const mentionIds = await this.checkMentions(edition, input.mentionIds);
    // A comment counts in the engagement of its author's department, in the same statement (a replay inserts nothing).
    const inserted = await this.dataSource.query<CommentRow[]>(
      `WITH ins AS (
         INSERT INTO edition_comments AS c (edition_id, parent_id, author_id, author_department_id, body, mention_ids, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (author_id, idempotency_key) DO NOTHING
         RETURNING ${COMMENT_COLUMNS}, c.author_department_id
       ), counted AS (
         INSERT INTO edition_engagement AS g (edition_id, department_id, comments)
         SELECT edition_id, author_department_id, 1 FROM ins WHERE author_department_id IS NOT NULL
         ON CONFLICT (edition_id, department_id) DO UPDATE SET comments = g.comments + 1
       )
       SELECT * FROM ins`,
      [edition.id, input.parentId ?? null, viewer.personId, viewer.departmentId, body, mentionIds, input.idempotencyKey],
    );
    const [row] = inserted;
    // A concurrent retry won the insert: answer with its comment.
    if (!row) return (await this.byIdempotencyKey(viewer.personId, input.idempotencyKey))!;
    const comment = toComment(row);
    await this.notifyMentions(viewer, edition, comment.id, mentionIds);
    return comment;
  }

  /** The author edits their own comment (a stale version is a CONFLICT); newly mentioned people are notified. */
  async edit(viewer: Viewer, input: EditCommentInput): Promise<EditionComment> {
    const { comment, edition } = await this.visible(viewer, input.id);
    if (comment.author_id !== viewer.personId) throw new ForbiddenError('Only its author can edit a comment.');
    if (comment.deleted_at || comment.hidden_at) throw new ConflictError('A deleted or hidden comment cannot be edited.');
    const body = cleanCommentBody(input.body);
    if (!body) throw BadUserInputError.field('body', 'must not be empty');
    const mentionIds = await this.checkMentions(edition, input.mentionIds);
    const result: unknown = await this.dataSource.query(
      `UPDATE edition_comments c SET body = $3, mention_ids = $4, edited_at = now(), version = c.version + 1
       WHERE c.id = $1 AND c.version = $2 AND c.deleted_at IS NULL AND c.hidden_at IS NULL RETURNING ${COMMENT_COLUMNS}`,
      [input.id, input.version, body, mentionIds],
    );
    const row = firstRow<CommentRow>(result);
    if (!row) throw new ConflictError('The comment was changed elsewhere. Reload and try again.');
    const added = mentionIds.filter((id) => !comment.mention_ids.includes(id));
    await this.notifyMentions(viewer, edition, row.id, added);
    return toComment(row);
  }

  /** The author deletes their own comment: kept (replies stay in place), shown as deleted. Deleting twice is deleting once. */
  async delete(viewer: Viewer, id: string): Promise<EditionComment> {
    const { comment } = await this.visible(viewer, id);
    if (comment.author_id !== viewer.personId) throw new ForbiddenError('Only its author can delete a comment.');
    // Deleted now (not before): it leaves its department's engagement.
    const [row] = await this.dataSource.query<CommentRow[]>(
      `WITH del AS (
         UPDATE edition_comments c SET deleted_at = coalesce(c.deleted_at, now()) WHERE c.id = $1
         RETURNING ${COMMENT_COLUMNS}, c.author_department_id, c.deleted_at = now() AS just_deleted
       ), counted AS (
         UPDATE edition_engagement g SET comments = g.comments - 1 FROM del
         WHERE g.edition_id = del.edition_id AND g.department_id = del.author_department_id AND del.just_deleted
       )
       SELECT * FROM del`,
      [id],
    );
    return toComment(row!);
  }

  /** An editor of the newsletter hides a comment, with a reason shown in its place. */
  async hide(viewer: Viewer, input: HideCommentInput): Promise<EditionComment> {
    const { edition } = await this.visible(viewer, input.id);
    if (!(await this.access.canEdit(viewer, edition.newsletterDepartmentId)))
      throw new ForbiddenError('Only editors of this newsletter can hide comments.');
    const result: unknown = await this.dataSource.query(
      `UPDATE edition_comments c SET hidden_at = now(), hidden_by = $2, hidden_reason = $3, version = c.version + 1
       WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
      [input.id, viewer.personId, input.reason.trim()],
    );
    return toComment(firstRow<CommentRow>(result)!);
  }

  private async byIdempotencyKey(authorId: string, key: string): Promise<EditionComment | null> {
    const [row] = await this.dataSource.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM edition_comments c WHERE c.author_id = $1 AND c.idempotency_key = $2`,
      [authorId, key],
    );
    return row ? toComment(row) : null;
  }

  /** The comment and its edition, when the viewer may see the edition (NOT_FOUND otherwise). */
  private async visible(viewer: Viewer, id: string): Promise<{ comment: CommentRow; edition: Edition }> {
    const [comment] = await this.dataSource.query<CommentRow[]>(`SELECT ${COMMENT_COLUMNS} FROM edition_comments c WHERE c.id = $1`, [id]);
    if (!comment) throw new NotFoundError('Comment', id);
    try {
      return { comment, edition: await this.editions.forViewer(viewer, comment.edition_id) };
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('Comment', id);
      throw error;
    }
  }

  /** Mentioned people must exist, be active and be able to open the edition. */
  private async checkMentions(edition: Edition, ids: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return [];
    const people = await this.directory.activePeopleByIds(wanted);
    const found = new Map(people.map((person) => [person.id, person]));
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0) throw BadUserInputError.field('mentionIds', `unknown people: ${unknown.join(', ')}`);
    const outside = people.filter((person) => !isAddressed(edition, person.departmentId));
    if (outside.length > 0) {
      throw BadUserInputError.field(
        'mentionIds',
        `not in this edition's audience: ${outside.map((person) => person.displayName).join(', ')}`,
      );
    }
    return wanted;
  }

  private async notifyMentions(viewer: Viewer, edition: Edition, commentId: string, recipientIds: string[]): Promise<void> {
    if (recipientIds.length === 0) return;
    await this.notifier.notify({
      recipientIds,
      kind: 'newsletter.mention',
      title: {
        ja: `「${edition.title}」のコメントであなたがメンションされました`,
        en: `You were mentioned in a comment on "${edition.title}"`,
      },
      link: `${editionLink(edition.id)}#comment-${commentId}`,
      actorId: viewer.personId,
      // One per comment and person: an edit that keeps the mention notifies no one again.
      dedupeKey: `newsletter.mention:${commentId}`,
    });
  }
}
