import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  decodeCursor,
  encodeCursor,
  ForbiddenError,
  NotFoundError,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  pageSize,
  preparedQuery,
  toPage,
  type Viewer,
  firstRow,
} from '@kakehashi/server-platform';
import { NewsletterAnalyticsCache } from '../analytics/newsletter-analytics-cache';
import { isAddressed } from '../common/department-tree';
import { EditionAudienceKind, EditionStatus } from '../common/enums';
import { NewsletterAccess } from '../common/newsletter-access';
import type { CreateEditionInput, EditionAudienceInput, UpdateEditionInput } from './dto/edition.input';
import { normalizeEditionContent } from './edition-content';
import type { Edition, EditionConnection, EditionVersion } from './edition.model';
import { EDITION_SELECT, type EditionRow, toEdition } from './edition.sql';

/** Statuses a reader may see (by id, and in a newsletter's back numbers). */
const READER_STATUSES: readonly string[] = [EditionStatus.PUBLISHED, EditionStatus.ARCHIVED];

interface ResolvedAudience {
  kind: EditionAudienceKind;
  departmentIds: string[];
  expandedIds: string[];
}

@Injectable()
export class EditionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: NewsletterAccess,
    private readonly analytics: NewsletterAnalyticsCache,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /** May this viewer see this edition? Editors of its newsletter see every status; readers, published ones addressed to them. */
  async canRead(viewer: Viewer, edition: Edition): Promise<boolean> {
    if (READER_STATUSES.includes(edition.status) && isAddressed(edition, viewer.departmentId)) return true;
    return this.access.canEdit(viewer, edition.newsletterDepartmentId);
  }

  /**
   * The edition as this viewer may see it. NOT_FOUND (never FORBIDDEN) when they may not,
   * so that ids of drafts and of other departments' editions do not leak. One statement.
   */
  async forViewer(viewer: Viewer, id: string): Promise<Edition> {
    // Every edition page and every reaction, comment and acknowledgement start here: prepared, planned once.
    const rows = await preparedQuery<EditionRow>(this.dataSource, `${EDITION_SELECT} WHERE e.id = $2`, [viewer.personId, id]);
    const edition = rows[0] ? toEdition(rows[0]) : null;
    if (!edition || !(await this.canRead(viewer, edition))) throw new NotFoundError('Edition', id);
    return edition;
  }

  /** A published edition the viewer is addressed by or edits: what reactions, comments and acknowledgements need. */
  async publishedForViewer(viewer: Viewer, id: string): Promise<Edition> {
    const edition = await this.forViewer(viewer, id);
    if (edition.status !== EditionStatus.PUBLISHED)
      throw new ConflictError('Only a published edition takes this (it is not published, or archived).');
    return edition;
  }

  /** The edition for an editor's operation: NOT_FOUND if they cannot see it, FORBIDDEN if they only read it. */
  async forEditor(viewer: Viewer, id: string): Promise<Edition> {
    const edition = await this.forViewer(viewer, id);
    if (!(await this.access.canEdit(viewer, edition.newsletterDepartmentId)))
      throw new ForbiddenError('Only editors of this newsletter can do this.');
    return edition;
  }

  /** A newsletter's editions of one status, newest first; readers see only published ones addressed to them. */
  async listForNewsletter(
    viewer: Viewer,
    newsletter: { id: string; departmentId: string },
    status: EditionStatus,
    first: number,
    after: string | null | undefined,
  ): Promise<EditionConnection> {
    const size = pageSize(first);
    const editor = await this.access.canEdit(viewer, newsletter.departmentId);
    if (!editor && !READER_STATUSES.includes(status)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const params: unknown[] = [viewer.personId, newsletter.id, status, editor, viewer.departmentId];
    let keyset = '';
    if (after) {
      const [listedAt, id] = decodeCursor(after, 2);
      params.push(listedAt, id);
      keyset = `AND (e.listed_at, e.id) < ($6::timestamptz, $7::uuid)`;
    }
    params.push(size + 1);
    const rows: (EditionRow & { listed_at: Date })[] = await this.dataSource.query(
      `${EDITION_SELECT.replace('SELECT ', 'SELECT e.listed_at, ')}
       WHERE e.newsletter_id = $2 AND e.status = $3
         AND ($4 OR e.audience_kind = 'COMPANY' OR $5::uuid = ANY(e.audience_expanded_ids)) ${keyset}
       ORDER BY e.listed_at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, size);
    const edges = page.nodes.map((row) => ({ cursor: encodeCursor([row.listed_at.toISOString(), row.id]), node: toEdition(row) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async create(viewer: Viewer, input: CreateEditionInput): Promise<Edition> {
    const [newsletter] = await this.dataSource.query<{ department_id: string }[]>('SELECT department_id FROM newsletters WHERE id = $1', [
      input.newsletterId,
    ]);
    if (!newsletter) throw new NotFoundError('Newsletter', input.newsletterId);
    if (!(await this.access.canEdit(viewer, newsletter.department_id)))
      throw new ForbiddenError('Only editors of this newsletter can write editions.');
    const content = normalizeEditionContent(input);
    const audience = await this.resolveAudience(input.audience);
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO editions (newsletter_id, author_id, title, summary, cover_image_url, body_html, tags, audience_kind,
         audience_department_ids, audience_expanded_ids, must_read, pinned_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        input.newsletterId,
        viewer.personId,
        content.title,
        content.summary ?? '',
        content.coverImageUrl ?? null,
        content.bodyHtml ?? '',
        content.tags ?? [],
        audience.kind,
        audience.departmentIds,
        audience.expandedIds,
        input.mustRead,
        content.pinnedUntil ?? null,
      ],
    );
    return this.forViewer(viewer, row!.id);
  }

  /**
   * Changes the fields given. A stale version is a CONFLICT. Editing a published edition
   * keeps the content it replaces in edition_versions and marks it updated for readers.
   */
  async update(viewer: Viewer, input: UpdateEditionInput): Promise<Edition> {
    const current = await this.forEditor(viewer, input.id);
    if (current.status === EditionStatus.ARCHIVED) throw new ConflictError('An archived edition cannot be edited.');
    const published = current.status === EditionStatus.PUBLISHED;
    if (published && input.audience) throw BadUserInputError.field('audience', 'cannot change once published');
    if (published && input.mustRead != null && input.mustRead !== current.mustRead) {
      throw BadUserInputError.field('mustRead', 'cannot change once published');
    }
    const content = normalizeEditionContent(input);
    const audience = input.audience ? await this.resolveAudience(input.audience) : null;
    const contentChanged =
      (content.title !== undefined && content.title !== current.title) ||
      (content.summary !== undefined && content.summary !== current.summary) ||
      (content.coverImageUrl !== undefined && content.coverImageUrl !== current.coverImageUrl) ||
      (content.bodyHtml !== undefined && content.bodyHtml !== current.bodyHtml) ||
      (content.tags !== undefined && content.tags.join('\u0000') !== current.tags.join('\u0000'));
    await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `UPDATE editions SET
           title = coalesce($3, title), summary = coalesce($4, summary),
           cover_image_url = CASE WHEN $5 THEN $6 ELSE cover_image_url END,
           body_html = coalesce($7, body_html), tags = coalesce($8, tags),
           audience_kind = coalesce($9, audience_kind), audience_department_ids = coalesce($10, audience_department_ids),
           audience_expanded_ids = coalesce($11, audience_expanded_ids), must_read = coalesce($12, must_read),
           pinned_until = CASE WHEN $13 THEN $14 ELSE pinned_until END,
           content_updated_at = CASE WHEN $15 THEN now() ELSE content_updated_at END,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 AND status <> 'ARCHIVED'
         RETURNING id`,
        [
          input.id,
          input.version,
          content.title ?? null,
          content.summary ?? null,
          content.coverImageUrl !== undefined,
          content.coverImageUrl ?? null,
          content.bodyHtml ?? null,
          content.tags ?? null,
          audience?.kind ?? null,
          audience?.departmentIds ?? null,
          audience?.expandedIds ?? null,
          input.mustRead ?? null,
          content.pinnedUntil !== undefined,
          content.pinnedUntil ?? null,
          published && contentChanged,
        ],
      );
      if (!firstRow(result)) {
        throw new ConflictError(`The edition was changed elsewhere (you edited version ${input.version}). Reload and try again.`);
      }
      if (published && contentChanged) {
        await manager.query(
          `INSERT INTO edition_versions (edition_id, version, title, summary, cover_image_url, body_html, tags, replaced_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            current.id,
            input.version,
            current.title,
            current.summary,
            current.coverImageUrl,
            current.bodyHtml,
            current.tags,
            viewer.personId,
          ],
        );
      }
    });
    // Kept newsletter analytics show published editions' titles.
    if (published && content.title !== undefined && content.title !== current.title) this.analytics.invalidate();
    return this.forViewer(viewer, input.id);
  }

  async archive(viewer: Viewer, id: string): Promise<Edition> {
    await this.forEditor(viewer, id);
    const result: unknown = await this.dataSource.query(
      `UPDATE editions SET status = 'ARCHIVED', archived_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'PUBLISHED' RETURNING id`,
      [id],
    );
    if (!firstRow(result)) throw new ConflictError('Only a published edition can be archived.');
    return this.forViewer(viewer, id);
  }

  /** Earlier contents of a published edition, newest first (editors only). */
  async versions(viewer: Viewer, edition: Edition): Promise<EditionVersion[]> {
    if (!(await this.access.canEdit(viewer, edition.newsletterDepartmentId)))
      throw new ForbiddenError('Only editors see earlier versions.');
    const rows = await this.dataSource.query<
      {
        version: number;
        title: string;
        summary: string;
        cover_image_url: string | null;
        body_html: string;
        tags: string[];
        replaced_by: string;
        replaced_at: Date;
      }[]
    >(
      `SELECT version, title, summary, cover_image_url, body_html, tags, replaced_by, replaced_at
       FROM edition_versions WHERE edition_id = $1 ORDER BY version DESC LIMIT 100`,
      [edition.id],
    );
    return rows.map((row) => ({
      version: row.version,
      title: row.title,
      summary: row.summary,
      coverImageUrl: row.cover_image_url,
      bodyHtml: row.body_html,
      tags: row.tags,
      replacedBy: row.replaced_by,
      replacedAt: row.replaced_at,
    }));
  }

  /** Checks the departments and expands them with their descendants (stored, so reading needs no tree walk). */
  private async resolveAudience(input: EditionAudienceInput): Promise<ResolvedAudience> {
    if (input.kind === EditionAudienceKind.COMPANY) return { kind: input.kind, departmentIds: [], expandedIds: [] };
    const ids = [...new Set(input.departmentIds.map((id) => id.toLowerCase()))];
    if (ids.length === 0) throw BadUserInputError.field('audience.departmentIds', 'must name at least one department');
    const known = new Set((await this.directory.departments()).map((department) => department.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw BadUserInputError.field('audience.departmentIds', `unknown department: ${unknown.join(', ')}`);
    return { kind: input.kind, departmentIds: ids, expandedIds: await this.directory.departmentsWithDescendants(ids) };
  }
}
