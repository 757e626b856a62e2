import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, preparedQuery, toPage, type Viewer } from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import type { EditionConnection } from '../editions/edition.model';
import { EDITION_SELECT, type EditionRow, toEdition } from '../editions/edition.sql';

const PINNED = `e.pinned_until IS NOT NULL AND e.pinned_until > now()`;

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
   *
   * Pinned and unpinned editions are two branches, each ordered by (published_at, id): no
   * index serves "pinned first" as one sort key, and sorting every edition addressed to me
   * (thousands) for a page of 20 cost 20 ms of CPU per request. This way the unpinned branch
   * walks editions_published_idx backwards and stops after a page; the pinned one is tiny.
   *
   * Unread only: the same walk, skipping editions with a read of mine (an anti-join on
   * edition_reads' primary key, one probe per edition walked past).
   */
  async feed(viewer: Viewer, first: number, after: string | null | undefined, unreadOnly = false): Promise<EditionConnection> {
    const size = pageSize(first);
    const params: unknown[] = [viewer.personId, viewer.departmentId, await this.access.viewerDepartmentIds(viewer)];
    let pinnedKeyset = '';
    let unpinnedKeyset = '';
    let withPinned = true;
    if (after) {
      const [pinned, publishedAt, id] = decodeCursor(after, 3);
      params.push(publishedAt, id);
      const keyset = `AND (e.published_at, e.id) < ($4::timestamptz, $5::uuid)`;
      // Past the pinned editions, only unpinned ones are left; within a phase, the keyset.
      if (pinned === 1) pinnedKeyset = keyset;
      else {
        withPinned = false;
        unpinnedKeyset = keyset;
      }
    }
    params.push(size + 1);
    const limit = `$${params.length}`;
    const select = EDITION_SELECT.replace('SELECT ', 'SELECT %RANK% AS pinned_rank, ');
    const mine = `e.status = 'PUBLISHED'
         AND (e.audience_kind = 'COMPANY' OR $2::uuid = ANY(e.audience_expanded_ids))
         AND coalesce(nf.following, n.company_wide OR n.department_id = ANY($3::uuid[]))${unreadOnly ? ' AND r.edition_id IS NULL' : ''}`;
    const branch = (rank: 0 | 1, condition: string, keyset: string) =>
      `(${select.replace('%RANK%', String(rank))}
       WHERE ${mine} AND ${condition} ${keyset}
       ORDER BY e.published_at DESC, e.id DESC
       LIMIT ${limit})`;
    const unpinned = branch(0, `NOT coalesce(${PINNED}, false)`, unpinnedKeyset);
    const sql = withPinned
      ? `SELECT * FROM (${branch(1, PINNED, pinnedKeyset)} UNION ALL ${unpinned}) feed
         ORDER BY pinned_rank DESC, published_at DESC, id DESC LIMIT ${limit}`
      : unpinned;
    const rows = await preparedQuery<EditionRow & { pinned_rank: number }>(this.dataSource, sql, params);
    const page = toPage(rows, size);
    const edges = page.nodes.map((row) => ({
      cursor: encodeCursor([row.pinned_rank, row.published_at?.toISOString() ?? null, row.id]),
      node: toEdition(row),
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
