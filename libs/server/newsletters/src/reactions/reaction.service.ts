import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REACTION_EMOJI, REACTION_KINDS, type ReactionKind } from '@kakehashi/shared-contracts';
import { decodeCursor, encodeCursor, pageSize, preparedQuery, PubSub, toPage, type Viewer } from '@kakehashi/server-platform';
import { EditionService } from '../editions/edition.service';
import type { Edition } from '../editions/edition.model';
import type { EditionReaction, EditionReactionsChanged, ReactionTally } from './reaction.model';

export const reactionsTopic = (editionId: string): string => `newsletters.edition-reactions.${editionId}`;

interface SummaryRow {
  edition_id: string;
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

/** Every kind in display order, with zero counts too (the client shows the full set). */
export function toReactions(counts: Readonly<Record<string, number>>, mine: readonly string[]): EditionReaction[] {
  return REACTION_KINDS.map((kind) => ({
    kind,
    emoji: REACTION_EMOJI[kind],
    count: counts[kind] ?? 0,
    reactedByMe: mine.includes(kind),
  }));
}

function summaryOf(rows: SummaryRow[]): EditionReaction[] {
  const counts: Record<string, number> = {};
  const mine: string[] = [];
  for (const row of rows) {
    if (row.mine) mine.push(row.kind);
    else counts[row.kind] = row.count;
  }
  return toReactions(counts, mine);
}

@Injectable()
export class ReactionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly editions: EditionService,
    private readonly pubSub: PubSub,
  ) {}

  /** Counts (kept as counters) and my own reactions for many editions: one statement. */
  async summaries(editionIds: readonly string[], personId: string): Promise<Map<string, EditionReaction[]>> {
    // Every feed and edition page asks this: a prepared statement skips planning it each time.
    const rows = await preparedQuery<SummaryRow>(
      this.dataSource,
      `SELECT edition_id, kind, count, false AS mine FROM edition_reaction_counts WHERE edition_id = ANY($1::uuid[]) AND count > 0
       UNION ALL
       SELECT edition_id, kind, 0, true FROM edition_reactions WHERE edition_id = ANY($1::uuid[]) AND person_id = $2`,
      [editionIds, personId],
    );
    return new Map(editionIds.map((id) => [id, summaryOf(rows.filter((row) => row.edition_id === id))]));
  }

  /**
   * Turns my reaction of a kind on or off. Idempotent by construction: the reaction's
   * primary key makes a second "on" insert nothing, and the counter moves only with a row
   * actually inserted or deleted, in the same statement.
   */
  async set(viewer: Viewer, editionId: string, kind: ReactionKind, on: boolean): Promise<Edition> {
    const edition = await this.editions.publishedForViewer(viewer, editionId);
    // A person becomes a reactor of their department's engagement with their first kind and
    // stops with their last. "Other kinds" is read in the statement's snapshot, so one
    // person's changes to one edition take turns (a lock per edition and person, held to
    // commit): two kinds given at once in two tabs would otherwise each see no other kind.
    const changed = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`kakehashi:reaction:${editionId}:${viewer.personId}`]);
      return on
        ? await manager.query<{ kind: string }[]>(
            `WITH added AS (
             INSERT INTO edition_reactions (edition_id, person_id, kind, department_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING RETURNING edition_id, kind, department_id
           ), reactor AS (
             INSERT INTO edition_engagement AS g (edition_id, department_id, reactors) SELECT edition_id, department_id, 1 FROM added
             WHERE department_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM edition_reactions o WHERE o.edition_id = $1 AND o.person_id = $2 AND o.kind <> $3)
             ON CONFLICT (edition_id, department_id) DO UPDATE SET reactors = g.reactors + 1
           )
           INSERT INTO edition_reaction_counts (edition_id, kind, count) SELECT edition_id, kind, 1 FROM added
           ON CONFLICT (edition_id, kind) DO UPDATE SET count = edition_reaction_counts.count + 1
           RETURNING kind`,
            [editionId, viewer.personId, kind, viewer.departmentId],
          )
        : await manager.query<{ kind: string }[]>(
            `WITH removed AS (
             DELETE FROM edition_reactions WHERE edition_id = $1 AND person_id = $2 AND kind = $3 RETURNING edition_id, kind, department_id
           ), counted AS (
             UPDATE edition_reaction_counts c SET count = c.count - 1 FROM removed r
             WHERE c.edition_id = r.edition_id AND c.kind = r.kind RETURNING c.kind
           ), reactor AS (
             UPDATE edition_engagement g SET reactors = g.reactors - 1 FROM removed r
             WHERE g.edition_id = r.edition_id AND g.department_id = r.department_id
               AND NOT EXISTS (SELECT 1 FROM edition_reactions o WHERE o.edition_id = $1 AND o.person_id = $2 AND o.kind <> $3)
           )
           SELECT kind FROM counted`,
            [editionId, viewer.personId, kind],
          );
    });
    if (changed.length > 0) await this.publishCounts(editionId);
    // The tally read with the edition is from before the change: the reactions field reads it anew.
    return { ...edition, reactionTally: undefined };
  }

  async reactors(editionId: string, kind: ReactionKind, first: number, after: string | null | undefined) {
    const size = pageSize(first);
    const params: unknown[] = [editionId, kind];
    let keyset = '';
    if (after) {
      const [createdAt, personId] = decodeCursor(after, 2);
      params.push(createdAt, personId);
      keyset = 'AND (created_at, person_id) < ($3::timestamptz, $4::uuid)';
    }
    params.push(size + 1);
    const rows = await this.dataSource.query<{ person_id: string; created_at: Date }[]>(
      `SELECT person_id, created_at FROM edition_reactions WHERE edition_id = $1 AND kind = $2 ${keyset}
       ORDER BY created_at DESC, person_id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(
      rows.map((row) => ({
        personId: row.person_id,
        reactedAt: row.created_at,
        cursor: encodeCursor([row.created_at.toISOString(), row.person_id]),
      })),
      size,
    );
  }

  /** The counts for everyone reading the edition (any replica, through PubSub). */
  private async publishCounts(editionId: string): Promise<void> {
    const rows = await this.dataSource.query<ReactionTally[]>(
      'SELECT kind, count FROM edition_reaction_counts WHERE edition_id = $1 AND count > 0',
      [editionId],
    );
    const payload: EditionReactionsChanged = {
      editionId,
      counts: REACTION_KINDS.map((kind) => ({ kind, count: rows.find((row) => row.kind === kind)?.count ?? 0 })),
    };
    await this.pubSub.publish(reactionsTopic(editionId), payload);
  }
}
