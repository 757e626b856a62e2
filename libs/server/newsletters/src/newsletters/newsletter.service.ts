import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  ConflictError,
  decodeCursor,
  encodeCursor,
  firstRow,
  ForbiddenError,
  NotFoundError,
  pageSize,
  toPage,
  type Viewer,
} from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import type { CreateNewsletterInput, UpdateNewsletterInput } from './dto/newsletter.input';
import { NEWSLETTER_COLUMNS, type Newsletter, type NewsletterConnection, type NewsletterRow, toNewsletter } from './newsletter.model';

@Injectable()
export class NewsletterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: NewsletterAccess,
  ) {}

  /** Newsletters by id with the viewer's follow choice (one statement, for the loader). */
  async byIds(ids: readonly string[], personId: string): Promise<Newsletter[]> {
    const rows: NewsletterRow[] = await this.dataSource.query(
      `SELECT ${NEWSLETTER_COLUMNS}, f.following FROM newsletters n
       LEFT JOIN newsletter_follows f ON f.newsletter_id = n.id AND f.person_id = $2
       WHERE n.id = ANY($1::uuid[])`,
      [ids, personId],
    );
    return rows.map(toNewsletter);
  }

  /** Every newsletter, by Japanese name, keyset-paged (hundreds at most, but still paged). */
  async list(viewer: Viewer, first: number, after: string | null | undefined): Promise<NewsletterConnection> {
    const size = pageSize(first);
    const params: unknown[] = [viewer.personId];
    let where = 'TRUE';
    if (after) {
      const [nameJa, id] = decodeCursor(after, 2);
      params.push(nameJa, id);
      where = '(n.name_ja, n.id) > ($2::text, $3::uuid)';
    }
    params.push(size + 1);
    const rows: NewsletterRow[] = await this.dataSource.query(
      `SELECT ${NEWSLETTER_COLUMNS}, f.following FROM newsletters n
       LEFT JOIN newsletter_follows f ON f.newsletter_id = n.id AND f.person_id = $1
       WHERE ${where} ORDER BY n.name_ja, n.id LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows.map(toNewsletter), size);
    const edges = page.nodes.map((node) => ({ cursor: encodeCursor([node.nameJa, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async create(viewer: Viewer, input: CreateNewsletterInput): Promise<Newsletter> {
    const departments = await this.access.departments();
    if (!departments.some((department) => department.id === input.departmentId)) {
      throw BadUserInputError.field('departmentId', 'is not a department');
    }
    if (!(await this.access.canEdit(viewer, input.departmentId)))
      throw new ForbiddenError('Only editors of this department can add a newsletter.');
    if (input.companyWide && !viewer.roles.includes(Role.HUB_ADMIN)) {
      throw new ForbiddenError('Only admins can make a newsletter company-wide.');
    }
    const [row]: NewsletterRow[] = await this.dataSource.query(
      `INSERT INTO newsletters (department_id, name_ja, name_en, description_ja, description_en, cadence, company_wide)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${NEWSLETTER_COLUMNS.replace(/n\./g, '')}`,
      [
        input.departmentId,
        input.nameJa.trim(),
        input.nameEn.trim(),
        input.descriptionJa.trim(),
        input.descriptionEn.trim(),
        input.cadence,
        input.companyWide,
      ],
    );
    return toNewsletter(row!);
  }

  async update(viewer: Viewer, input: UpdateNewsletterInput): Promise<Newsletter> {
    const [current] = await this.byIds([input.id], viewer.personId);
    if (!current) throw new NotFoundError('Newsletter', input.id);
    if (!(await this.access.canEdit(viewer, current.departmentId)))
      throw new ForbiddenError('Only editors of this newsletter can change it.');
    if (input.companyWide != null && input.companyWide !== current.companyWide && !viewer.roles.includes(Role.HUB_ADMIN)) {
      throw new ForbiddenError('Only admins can make a newsletter company-wide.');
    }
    const rows: NewsletterRow[] = await this.dataSource.query(
      `UPDATE newsletters SET
         name_ja = coalesce($3, name_ja), name_en = coalesce($4, name_en),
         description_ja = coalesce($5, description_ja), description_en = coalesce($6, description_en),
         cadence = coalesce($7, cadence), company_wide = coalesce($8, company_wide),
         version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2
       RETURNING ${NEWSLETTER_COLUMNS.replace(/n\./g, '')}`,
      [
        input.id,
        input.version,
        input.nameJa?.trim() ?? null,
        input.nameEn?.trim() ?? null,
        input.descriptionJa?.trim() ?? null,
        input.descriptionEn?.trim() ?? null,
        input.cadence ?? null,
        input.companyWide ?? null,
      ],
    );
    // UPDATE … RETURNING answers [rows, count] through TypeORM's postgres driver.
    const updated = firstRow<NewsletterRow>(rows);
    if (!updated) {
      throw new ConflictError(
        `The newsletter was changed elsewhere (version ${current.version}, you edited ${input.version}). Reload and try again.`,
      );
    }
    return { ...toNewsletter(updated), viewerFollowing: current.viewerFollowing };
  }

  /** Records the viewer's choice (an upsert: following twice is following). */
  async follow(viewer: Viewer, newsletterId: string, following: boolean): Promise<Newsletter> {
    const rows: NewsletterRow[] = await this.dataSource.query(
      `WITH chosen AS (
         INSERT INTO newsletter_follows (person_id, newsletter_id, following)
         SELECT $1, id, $3 FROM newsletters WHERE id = $2
         ON CONFLICT (person_id, newsletter_id) DO UPDATE SET following = excluded.following, updated_at = now()
         RETURNING newsletter_id, following
       )
       SELECT ${NEWSLETTER_COLUMNS}, chosen.following FROM newsletters n JOIN chosen ON chosen.newsletter_id = n.id`,
      [viewer.personId, newsletterId, following],
    );
    const [row] = rows;
    if (!row) throw new NotFoundError('Newsletter', newsletterId);
    return toNewsletter(row);
  }
}
