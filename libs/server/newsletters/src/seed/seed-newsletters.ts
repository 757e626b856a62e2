import type { EntityManager } from 'typeorm';
import {
  type NewsletterSeedDirectory,
  type NewsletterSeedOptions,
  planNewsletterSeed,
  type SeedChunk,
  type SeedCommentRow,
  type SeedEditionRow,
  type SeedNewsletterRow,
} from './newsletter-seed-plan';
import { recountEngagement } from '../analytics/edition-engagement';

export interface NewsletterSeedCounts {
  newsletters: number;
  editions: number;
  snapshots: number;
  reads: number;
  reactions: number;
  comments: number;
  acknowledgements: number;
}

// Array and uuid-array columns travel as one text per row (unnest would flatten a 2-D array).
const SEPARATOR = '\u001f';

interface TableWriter<Row> {
  /** Rows per statement: large enough to be fast, small enough for memory and the protocol. */
  batch: number;
  sql: string;
  columns(rows: readonly Row[]): unknown[];
}

const NEWSLETTERS: TableWriter<SeedNewsletterRow> = {
  batch: 1000,
  sql: `INSERT INTO newsletters (id, department_id, name_ja, name_en, description_ja, description_en, cadence, company_wide, created_at, updated_at)
        SELECT t.*, t.created_at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::timestamptz[])
          AS t(id, department_id, name_ja, name_en, description_ja, description_en, cadence, company_wide, created_at)`,
  columns: (rows) => [
    rows.map((r) => r.id),
    rows.map((r) => r.departmentId),
    rows.map((r) => r.nameJa),
    rows.map((r) => r.nameEn),
    rows.map((r) => r.descriptionJa),
    rows.map((r) => r.descriptionEn),
    rows.map((r) => r.cadence),
    rows.map((r) => r.companyWide),
    rows.map((r) => r.createdAt),
  ],
};

const EDITIONS: TableWriter<SeedEditionRow> = {
  batch: 2000,
  sql: `INSERT INTO editions (id, newsletter_id, author_id, status, title, summary, body_html, tags, audience_kind, audience_department_ids,
                              audience_expanded_ids, audience_size, must_read, pinned_until, scheduled_at, published_at, listed_at, created_at, updated_at)
        SELECT id, newsletter_id, author_id, status, title, summary, body_html, string_to_array(tags, chr(31)), audience_kind,
               string_to_array(audience_department_ids, ',')::uuid[], string_to_array(audience_expanded_ids, ',')::uuid[], audience_size,
               must_read, pinned_until, scheduled_at, published_at, listed_at, created_at, coalesce(published_at, created_at)
          FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                      $11::text[], $12::int[], $13::boolean[], $14::timestamptz[], $15::timestamptz[], $16::timestamptz[], $17::timestamptz[], $18::timestamptz[])
            AS t(id, newsletter_id, author_id, status, title, summary, body_html, tags, audience_kind, audience_department_ids,
                 audience_expanded_ids, audience_size, must_read, pinned_until, scheduled_at, published_at, listed_at, created_at)`,
  columns: (rows) => [
    rows.map((r) => r.id),
    rows.map((r) => r.newsletterId),
    rows.map((r) => r.authorId),
    rows.map((r) => r.status),
    rows.map((r) => r.title),
    rows.map((r) => r.summary),
    rows.map((r) => r.bodyHtml),
    rows.map((r) => r.tags.join(SEPARATOR)),
    rows.map((r) => r.audienceKind),
    rows.map((r) => r.audienceDepartmentIds.join(',')),
    rows.map((r) => r.audienceExpandedIds.join(',')),
    rows.map((r) => r.audienceSize),
    rows.map((r) => r.mustRead),
    rows.map((r) => r.pinnedUntil),
    rows.map((r) => r.scheduledAt),
    rows.map((r) => r.publishedAt),
    rows.map((r) => r.listedAt),
    rows.map((r) => r.createdAt),
  ],
};

const transpose = (rows: readonly unknown[][], width: number): unknown[][] =>
  Array.from({ length: width }, (_, column) => rows.map((row) => row[column]));

const SNAPSHOTS: TableWriter<SeedChunk['snapshots'][number]> = {
  batch: 5000,
  sql: `INSERT INTO edition_audience_snapshots (edition_id, department_id, member_count)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
  columns: (rows) => transpose(rows, 3),
};

const READS: TableWriter<SeedChunk['reads'][number]> = {
  batch: 5000,
  sql: `INSERT INTO edition_reads (edition_id, person_id, department_id, dwell_seconds, opened_at, read_at)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::timestamptz[], $6::timestamptz[])`,
  columns: (rows) => transpose(rows, 6),
};

const REACTIONS: TableWriter<SeedChunk['reactions'][number]> = {
  batch: 5000,
  sql: `INSERT INTO edition_reactions (edition_id, person_id, kind, department_id, created_at)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[])`,
  columns: (rows) => transpose(rows, 5),
};

const COMMENTS: TableWriter<SeedCommentRow> = {
  batch: 5000,
  sql: `INSERT INTO edition_comments (id, edition_id, parent_id, author_id, author_department_id, body, mention_ids, idempotency_key, created_at)
        SELECT id, edition_id, parent_id, author_id, author_department_id, body, string_to_array(mention_ids, ',')::uuid[], idempotency_key, created_at
          FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
            AS t(id, edition_id, parent_id, author_id, author_department_id, body, mention_ids, idempotency_key, created_at)`,
  columns: (rows) => [
    rows.map((r) => r.id),
    rows.map((r) => r.editionId),
    rows.map((r) => r.parentId),
    rows.map((r) => r.authorId),
    rows.map((r) => r.authorDepartmentId),
    rows.map((r) => r.body),
    rows.map((r) => r.mentionIds.join(',')),
    rows.map((r) => r.idempotencyKey),
    rows.map((r) => r.createdAt),
  ],
};

const ACKNOWLEDGEMENTS: TableWriter<SeedChunk['acknowledgements'][number]> = {
  batch: 5000,
  sql: `INSERT INTO edition_acknowledgements (edition_id, person_id, department_id, acknowledged_at)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`,
  columns: (rows) => transpose(rows, 4),
};

/** Buffers rows per table; flushes parents before children (editions before their reads, comments before replies' batches). */
class Buffers {
  readonly counts: NewsletterSeedCounts = {
    newsletters: 0,
    editions: 0,
    snapshots: 0,
    reads: 0,
    reactions: 0,
    comments: 0,
    acknowledgements: 0,
  };
  private readonly pending: { [K in keyof SeedChunk]: SeedChunk[K] } = {
    newsletters: [],
    editions: [],
    snapshots: [],
    reads: [],
    reactions: [],
    comments: [],
    acknowledgements: [],
  };

  constructor(private readonly manager: EntityManager) {}

  add(chunk: SeedChunk): void {
    for (const key of Object.keys(this.pending) as (keyof SeedChunk)[]) {
      const rows = chunk[key] as unknown[];
      if (rows.length > 0) (this.pending[key] as unknown[]).push(...rows);
    }
  }

  full(): boolean {
    return (
      this.pending.editions.length >= EDITIONS.batch ||
      this.pending.reads.length >= READS.batch ||
      this.pending.reactions.length >= REACTIONS.batch ||
      this.pending.comments.length >= COMMENTS.batch ||
      this.pending.acknowledgements.length >= ACKNOWLEDGEMENTS.batch ||
      this.pending.snapshots.length >= SNAPSHOTS.batch
    );
  }

  async flush(): Promise<void> {
    await this.write('newsletters', NEWSLETTERS);
    await this.write('editions', EDITIONS);
    await this.write('snapshots', SNAPSHOTS);
    await this.write('reads', READS);
    await this.write('reactions', REACTIONS);
    await this.write('comments', COMMENTS);
    await this.write('acknowledgements', ACKNOWLEDGEMENTS);
  }

  private async write<K extends keyof SeedChunk>(key: K, writer: TableWriter<SeedChunk[K][number]>): Promise<void> {
    const rows = this.pending[key];
    for (let start = 0; start < rows.length; start += writer.batch) {
      await this.manager.query(writer.sql, writer.columns(rows.slice(start, start + writer.batch)));
    }
    this.counts[key] += rows.length;
    this.pending[key] = [] as SeedChunk[K];
  }
}

/**
 * Writes the newsletters' demo (scale 1) or benchmark (scale > 1) data with the domain's
 * own tables, in multi-row statements; the reaction counters are then computed from the
 * rows, so they always agree. People and departments come from the caller (the directory).
 */
export async function seedNewsletters(
  manager: EntityManager,
  directory: NewsletterSeedDirectory,
  options: NewsletterSeedOptions,
): Promise<NewsletterSeedCounts> {
  const buffers = new Buffers(manager);
  const newsletterIds: string[] = [];
  for (const chunk of planNewsletterSeed(directory, options)) {
    for (const newsletter of chunk.newsletters) newsletterIds.push(newsletter.id);
    buffers.add(chunk);
    if (buffers.full()) await buffers.flush();
  }
  await buffers.flush();
  await manager.query(
    `INSERT INTO edition_reaction_counts (edition_id, kind, count)
     SELECT x.edition_id, x.kind, count(*)::int FROM edition_reactions x
       JOIN editions e ON e.id = x.edition_id WHERE e.newsletter_id = ANY($1::uuid[])
      GROUP BY x.edition_id, x.kind
     ON CONFLICT (edition_id, kind) DO UPDATE SET count = excluded.count`,
    [newsletterIds],
  );
  await recountEngagement(manager, newsletterIds);
  return buffers.counts;
}
