import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, toPage, type Viewer } from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import type { EditionConnection } from '../editions/edition.model';
import { EDITION_SELECT, type EditionRow, toEdition } from '../editions/edition.sql';

const PINNED_RANK = `(e.pinned_until IS NOT NULL AND e.pinned_until > now())::int`;

@Injectable()
export class FeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: NewsletterAccess,
  ) {}

  /**
   * Published editions addressed to me from newsletters I follow (my choice, else the
   * default: company-wide ones and my department's or one above), pinned first, then newest.
   * One statement with the newsletter, my read, my acknowledgement and the comment count.
   */
  async feed(viewer: Viewer, first: number, after: string | null | undefined): Promise<EditionConnection> {
    const size = pageSize(first);
    const params: unknown[] = [viewer.personId, viewer.departmentId, await this.access.viewerDepartmentIds(viewer)];
    let keyset = '';
    if (after) {
      const [pinned, publishedAt, id] = decodeCursor(after, 3);
      params.push(pinned, publishedAt, id);
      keyset = `AND (${PINNED_RANK}, e.published_at, e.id) < ($4::int, $5::timestamptz, $6::uuid)`;
    }
    params.push(size + 1);
    const rows: (EditionRow & { pinned_rank: number })[] = await this.dataSource.query(
      `${EDITION_SELECT.replace('SELECT ', `SELECT ${PINNED_RANK} AS pinned_rank, `)}
       WHERE e.status = 'PUBLISHED'
         AND (e.audience_kind = 'COMPANY' OR $2::uuid = ANY(e.audience_expanded_ids))
         AND coalesce(nf.following, n.company_wide OR n.department_id = ANY($3::uuid[]))
         ${keyset}
       ORDER BY pinned_rank DESC, e.published_at DESC, e.id DESC
       LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, size);
    const edges = page.nodes.map((row) => ({
      cursor: encodeCursor([row.pinned_rank, row.published_at?.toISOString() ?? null, row.id]),
      node: toEdition(row),
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
