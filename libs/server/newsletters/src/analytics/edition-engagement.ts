import type { EntityManager } from 'typeorm';

/**
 * Engagement by edition and department counted from what is recorded, for editions chosen by
 * `where` (over `editions e`): what the counters of edition_engagement must equal. The writes
 * keep the counters in step (reads, reactions, comments, acknowledgements); this counts them
 * again after a bulk load (the demo and bench seeds) and checks them in tests.
 */
export function engagementRecountSql(where: string): string {
  return `SELECT edition_id, department_id, sum(openers)::int AS openers, sum(readers)::int AS readers, sum(reactors)::int AS reactors,
      sum(comments)::int AS comments, sum(acknowledgements)::int AS acknowledgements FROM (
      SELECT r.edition_id, r.department_id, count(*) AS openers, count(r.read_at) AS readers, 0 AS reactors, 0 AS comments, 0 AS acknowledgements
        FROM edition_reads r JOIN editions e ON e.id = r.edition_id WHERE ${where} GROUP BY 1, 2
      UNION ALL SELECT x.edition_id, x.department_id, 0, 0, count(DISTINCT x.person_id), 0, 0
        FROM edition_reactions x JOIN editions e ON e.id = x.edition_id WHERE ${where} GROUP BY 1, 2
      UNION ALL SELECT c.edition_id, c.author_department_id, 0, 0, 0, count(*), 0
        FROM edition_comments c JOIN editions e ON e.id = c.edition_id WHERE ${where} AND c.deleted_at IS NULL GROUP BY 1, 2
      UNION ALL SELECT a.edition_id, a.department_id, 0, 0, 0, 0, count(*)
        FROM edition_acknowledgements a JOIN editions e ON e.id = a.edition_id WHERE ${where} GROUP BY 1, 2
    ) counts WHERE department_id IS NOT NULL GROUP BY 1, 2`;
}

/** Sets the counters of these newsletters' editions from what is recorded (after a bulk load). */
export async function recountEngagement(manager: EntityManager, newsletterIds: readonly string[]): Promise<void> {
  await manager.query(
    `INSERT INTO edition_engagement (edition_id, department_id, openers, readers, reactors, comments, acknowledgements)
     ${engagementRecountSql('e.newsletter_id = ANY($1::uuid[])')}
     ON CONFLICT (edition_id, department_id) DO UPDATE SET openers = excluded.openers, readers = excluded.readers,
       reactors = excluded.reactors, comments = excluded.comments, acknowledgements = excluded.acknowledgements`,
    [newsletterIds],
  );
}
