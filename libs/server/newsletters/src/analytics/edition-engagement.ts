import type { EntityManager } from 'typeorm';

/**
 * An edition's engagement counted from what is recorded, for editions chosen by `where`
 * (over `editions e`): what the counters of edition_engagement must equal. The writes keep
 * the counters in step (reads, reactions, comments, acknowledgements); this counts them again
 * after a bulk load (the demo and bench seeds) and checks them in tests.
 */
export function engagementRecountSql(where: string): string {
  return `SELECT e.id AS edition_id,
      (SELECT count(*) FROM edition_reads r WHERE r.edition_id = e.id)::int AS openers,
      (SELECT count(r.read_at) FROM edition_reads r WHERE r.edition_id = e.id)::int AS readers,
      (SELECT count(DISTINCT x.person_id) FROM edition_reactions x WHERE x.edition_id = e.id
         AND (e.audience_kind = 'COMPANY' OR x.department_id = ANY(e.audience_expanded_ids)))::int AS reactors,
      (SELECT count(*) FROM edition_comments c WHERE c.edition_id = e.id AND c.deleted_at IS NULL
         AND (e.audience_kind = 'COMPANY' OR c.author_department_id = ANY(e.audience_expanded_ids)))::int AS comments,
      (SELECT count(*) FROM edition_acknowledgements a WHERE a.edition_id = e.id)::int AS acknowledgements
    FROM editions e WHERE ${where}`;
}

/** Sets the counters of these newsletters' editions from what is recorded (after a bulk load). */
export async function recountEngagement(manager: EntityManager, newsletterIds: readonly string[]): Promise<void> {
  await manager.query(
    `INSERT INTO edition_engagement (edition_id, openers, readers, reactors, comments, acknowledgements)
     ${engagementRecountSql('e.newsletter_id = ANY($1::uuid[]) AND e.published_at IS NOT NULL')}
     ON CONFLICT (edition_id) DO UPDATE SET openers = excluded.openers, readers = excluded.readers, reactors = excluded.reactors,
       comments = excluded.comments, acknowledgements = excluded.acknowledgements`,
    [newsletterIds],
  );
}
