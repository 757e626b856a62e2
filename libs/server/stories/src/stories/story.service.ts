import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  decodeCursor,
  encodeCursor,
  firstRow,
  ForbiddenError,
  NotFoundError,
  Notifier,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  pageSize,
  preparedQuery,
  toPage,
  type Viewer,
} from '@kakehashi/server-platform';
import { STORY_VERIFY_INTERVAL_DAYS_DEFAULT } from '@kakehashi/shared-contracts';
import { MyStoriesScope, StoryReviewDecision, StoryStatus } from '../common/enums';
import { StoryAccess } from '../common/story-access';
import { storyLink } from '../common/paths';
import { StoryLexicon } from '../search/story-lexicon';
import { StorySearchCache } from '../search/story-search-cache';
import { StorySimilarity } from '../similar/story-similarity';
import type { ReviewStoryInput } from '../reviews/dto/review-story.input';
import type { CreateStoryInput, SubmitStoryInput, UpdateStoryInput } from './dto/story.input';
import { missingForPublication, normalizeStoryContent, type StoryContent } from './story-content';
import type { Story, StoryConnection, StoryReview, StoryVersion } from './story.model';
import { STORY_CARD_SELECT, STORY_SELECT, type StoryRow, type StoryTexts, toStory } from './story.sql';

export type LoadedStory = Story & StoryTexts;

@Injectable()
export class StoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: StoryAccess,
    private readonly lexicon: StoryLexicon,
    private readonly similarity: StorySimilarity,
    private readonly searchCache: StorySearchCache,
    private readonly notifier: Notifier,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /** The story as this viewer may see it; NOT_FOUND (never FORBIDDEN) for drafts of others, so ids do not leak. One statement. */
  async forViewer(viewer: Viewer, id: string): Promise<LoadedStory> {
    const rows = await preparedQuery<StoryRow>(this.dataSource, `${STORY_SELECT} WHERE s.id = $2`, [viewer.personId, id]);
    const story = rows[0] ? toStory(rows[0]) : null;
    if (!story || !this.access.canRead(viewer, story)) throw new NotFoundError('Story', id);
    return story;
  }

  /** Stories by id for a list (without their sections), in the order given, as the viewer sees them (those they may not see are left out). */
  async byIds(viewer: Viewer, ids: readonly string[]): Promise<LoadedStory[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<StoryRow[]>(`${STORY_CARD_SELECT} WHERE s.id = ANY($2::uuid[])`, [viewer.personId, ids]);
    const byId = new Map(rows.map((row) => [row.id, toStory(row)]));
    return ids.flatMap((id) => {
      const story = byId.get(id);
      return story && this.access.canRead(viewer, story) ? [story] : [];
    });
  }

  async create(viewer: Viewer, input: CreateStoryInput): Promise<LoadedStory> {
    const content = normalizeStoryContent(input);
    await this.checkReferences(content);
    const sections = content.sections;
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO stories (language, title, title_en, account_name, industry, company_size, region, department_ids, people_ids,
         co_author_ids, products, tags, challenge_html, challenge_text, solution_html, solution_text, result_html, result_text,
         outcomes, outcome_labels, has_outcomes, quote_text, quote_attribution, verify_interval_days, author_id, owner_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $25)
       RETURNING id`,
      [
        content.language ?? viewer.preferredLocale,
        content.title,
        content.titleEn ?? null,
        content.accountName ?? '',
        content.industry ?? null,
        content.companySize ?? null,
        content.region ?? null,
        content.departmentIds ?? [],
        content.peopleIds ?? [],
        (content.coAuthorIds ?? []).filter((id) => id !== viewer.personId),
        content.products ?? [],
        content.tags ?? [],
        sections.challenge?.html ?? '',
        sections.challenge?.text ?? '',
        sections.solution?.html ?? '',
        sections.solution?.text ?? '',
        sections.result?.html ?? '',
        sections.result?.text ?? '',
        JSON.stringify(content.outcomes ?? []),
        (content.outcomes ?? []).map((outcome) => outcome.label).join(' '),
        (content.outcomes ?? []).length > 0,
        content.quote?.text ?? null,
        content.quote?.attribution ?? null,
        content.verifyIntervalDays ?? STORY_VERIFY_INTERVAL_DAYS_DEFAULT,
        viewer.personId,
      ],
    );
    return this.forViewer(viewer, row!.id);
  }

  /**
   * Changes the fields given. A stale version is a CONFLICT. Authors edit drafts (and stories
   * in review); a published story is edited by its owner, editors or admins, keeps the content
   * it replaces in story_versions, must keep its template filled in, and may change hands.
   */
  async update(viewer: Viewer, input: UpdateStoryInput): Promise<LoadedStory> {
    const current = await this.forViewer(viewer, input.id);
    if (!(await this.access.canEdit(viewer, current))) {
      throw new ForbiddenError(
        current.status === StoryStatus.ARCHIVED
          ? 'An archived story cannot be edited; restore it first.'
          : current.status === StoryStatus.PUBLISHED
            ? 'Only its owner, editors of a department involved, or admins edit a published story.'
            : 'Only its author and co-authors edit a draft.',
      );
    }
    const published = current.status === StoryStatus.PUBLISHED;
    if (!published && (input.ownerId || input.verifierId)) {
      throw BadUserInputError.field(input.ownerId ? 'ownerId' : 'verifierId', 'is set when the story is submitted and published');
    }
    const content = normalizeStoryContent(input);
    await this.checkReferences(content, { ownerId: input.ownerId, verifierId: input.verifierId });
    const next = merged(current, content);
    if (published) {
      const missing = missingForPublication(next);
      if (missing.length > 0) throw new BadUserInputError(missing.map((error) => ({ ...error, message: 'must stay filled in' })));
    }
    const contentChanged = hasContentChanged(current, next);
    await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `UPDATE stories SET
           language = $3, title = $4, title_en = $5, account_name = $6, industry = $7, company_size = $8, region = $9,
           department_ids = $10, people_ids = $11, co_author_ids = $12, products = $13, tags = $14,
           challenge_html = $15, challenge_text = $16, solution_html = $17, solution_text = $18, result_html = $19, result_text = $20,
           outcomes = $21, outcome_labels = $22, has_outcomes = $23, quote_text = $24, quote_attribution = $25,
           verify_interval_days = $26,
           verify_due_at = CASE WHEN verify_due_at IS NULL THEN NULL
             ELSE coalesce(verified_at, published_at) + make_interval(days => $26) END,
           owner_id = coalesce($27, owner_id), verifier_id = coalesce($28, verifier_id),
           content_updated_at = CASE WHEN $29 THEN now() ELSE content_updated_at END,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 AND status = $30
         RETURNING id`,
        [
          current.id,
          input.version,
          next.language,
          next.title,
          next.titleEn,
          next.customer.accountName,
          next.customer.industry,
          next.customer.companySize,
          next.customer.region,
          next.departmentIds,
          next.peopleIds,
          next.coAuthorIds.filter((id) => id !== current.authorId),
          next.products,
          next.tags,
          next.challengeHtml,
          next.challengeText,
          next.solutionHtml,
          next.solutionText,
          next.resultHtml,
          next.resultText,
          JSON.stringify(next.outcomes),
          next.outcomes.map((outcome) => outcome.label).join(' '),
          next.outcomes.length > 0,
          next.quote?.text ?? null,
          next.quote?.attribution ?? null,
          next.verifyIntervalDays,
          input.ownerId ?? null,
          input.verifierId ?? null,
          published && contentChanged,
          current.status,
        ],
      );
      if (!firstRow(result)) {
        throw new ConflictError(`The story was changed elsewhere (you edited version ${input.version}). Reload and try again.`);
      }
      if (published && contentChanged) {
        await manager.query(`INSERT INTO story_versions (story_id, version, content, replaced_by) VALUES ($1, $2, $3, $4)`, [
          current.id,
          input.version,
          JSON.stringify(versionContent(current)),
          viewer.personId,
        ]);
        await this.lexicon.addStory(manager, next);
      }
    });
    if (published) this.searchCache.invalidate();
    if (published && contentChanged) await this.similarity.queue(current.id);
    return this.forViewer(viewer, input.id);
  }

  /** An author sends the draft to a reviewer; the template must be filled in. The reviewer is notified. */
  async submit(viewer: Viewer, input: SubmitStoryInput): Promise<LoadedStory> {
    const story = await this.forViewer(viewer, input.id);
    if (!this.access.isAuthor(viewer, story)) throw new ForbiddenError('Only its author and co-authors submit a story.');
    if (story.status !== StoryStatus.DRAFT) throw new ConflictError('Only a draft can be submitted for review.');
    const missing = missingForPublication(story);
    if (missing.length > 0) throw new BadUserInputError(missing);
    const reviewerId = input.reviewerId.toLowerCase();
    const verifierId = (input.verifierId ?? reviewerId).toLowerCase();
    if (reviewerId === story.authorId || story.coAuthorIds.includes(reviewerId)) {
      throw BadUserInputError.field('reviewerId', 'must be someone other than the authors');
    }
    await this.checkPeople('reviewerId', [reviewerId]);
    await this.checkPeople('verifierId', [verifierId]);
    const result: unknown = await this.dataSource.query(
      `UPDATE stories SET status = 'IN_REVIEW', reviewer_id = $2, verifier_id = $3, submitted_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'DRAFT' RETURNING id`,
      [story.id, reviewerId, verifierId],
    );
    if (!firstRow(result)) throw new ConflictError('The story is no longer a draft. Reload and try again.');
    await this.notifier.notify({
      recipientIds: [reviewerId],
      kind: 'story.reviewRequested',
      title: { ja: `成功事例「${story.title}」のレビュー依頼が届きました`, en: `Please review the success story "${story.title}"` },
      link: storyLink(story.id),
      actorId: viewer.personId,
    });
    return this.forViewer(viewer, story.id);
  }

  /** The reviewer approves (published now, verified by the reviewer) or asks for changes (back to draft, with the comment). */
  async review(viewer: Viewer, input: ReviewStoryInput): Promise<LoadedStory> {
    const story = await this.forViewer(viewer, input.id);
    if (!this.access.canReview(viewer, story)) {
      throw story.status === StoryStatus.IN_REVIEW
        ? new ForbiddenError('Only the chosen reviewer reviews this story.')
        : new ConflictError('The story is not waiting for review.');
    }
    const comment = input.comment.trim();
    const approved = input.decision === StoryReviewDecision.APPROVED;
    if (!approved && !comment) throw BadUserInputError.field('comment', 'must say what to change');
    await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        approved
          ? `UPDATE stories SET status = 'PUBLISHED', published_at = now(), verified_at = now(), verified_by_id = $2,
               verify_due_at = now() + make_interval(days => verify_interval_days), verify_reminded_at = NULL,
               version = version + 1, updated_at = now()
             WHERE id = $1 AND status = 'IN_REVIEW' AND reviewer_id = $2 RETURNING id`
          : `UPDATE stories SET status = 'DRAFT', version = version + 1, updated_at = now()
             WHERE id = $1 AND status = 'IN_REVIEW' AND reviewer_id = $2 RETURNING id`,
        [story.id, viewer.personId],
      );
      if (!firstRow(result)) throw new ConflictError('The story is no longer waiting for your review. Reload and try again.');
      await manager.query('INSERT INTO story_reviews (story_id, reviewer_id, decision, comment) VALUES ($1, $2, $3, $4)', [
        story.id,
        viewer.personId,
        input.decision,
        comment,
      ]);
      if (approved) await this.lexicon.addStory(manager, story);
    });
    if (approved) {
      this.searchCache.invalidate();
      await this.similarity.queue(story.id);
    }
    await this.notifier.notify({
      recipientIds: [story.authorId, ...story.coAuthorIds],
      kind: approved ? 'story.published' : 'story.changesRequested',
      title: approved
        ? {
            ja: `成功事例「${story.title}」が承認され、公開されました`,
            en: `Your success story "${story.title}" was approved and published`,
          }
        : { ja: `成功事例「${story.title}」に修正依頼があります`, en: `Changes were requested on your success story "${story.title}"` },
      body: comment ? { ja: comment, en: comment } : null,
      link: storyLink(story.id),
      actorId: viewer.personId,
    });
    return this.forViewer(viewer, story.id);
  }

  /** The verifier (or owner, or an admin) confirms the story is still true: verified now, due again after the interval. */
  async verify(viewer: Viewer, id: string): Promise<LoadedStory> {
    const story = await this.forViewer(viewer, id);
    if (!this.access.canVerify(viewer, story)) {
      throw story.status === StoryStatus.PUBLISHED
        ? new ForbiddenError('Only its verifier, its owner or an admin verifies a story.')
        : new ConflictError('Only a published story is verified.');
    }
    await this.dataSource.query(
      `UPDATE stories SET verified_at = now(), verified_by_id = $2, verify_due_at = now() + make_interval(days => verify_interval_days),
         verify_reminded_at = NULL, version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'PUBLISHED'`,
      [story.id, viewer.personId],
    );
    return this.forViewer(viewer, story.id);
  }

  /** Takes a published story out of search and lists (it stays readable by link), or puts it back. */
  async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<LoadedStory> {
    const story = await this.forViewer(viewer, id);
    if (!(await this.access.canManage(viewer, story)))
      throw new ForbiddenError('Only its owner, editors of a department involved, or admins archive a story.');
    const result: unknown = await this.dataSource.query(
      archived
        ? `UPDATE stories SET status = 'ARCHIVED', archived_at = now(), version = version + 1, updated_at = now()
           WHERE id = $1 AND status = 'PUBLISHED' RETURNING id`
        : `UPDATE stories SET status = 'PUBLISHED', archived_at = NULL, version = version + 1, updated_at = now()
           WHERE id = $1 AND status = 'ARCHIVED' RETURNING id`,
      [story.id],
    );
    if (!firstRow(result)) throw new ConflictError(archived ? 'Only a published story can be archived.' : 'The story is not archived.');
    this.searchCache.invalidate();
    return this.forViewer(viewer, story.id);
  }

  /** Review decisions, newest first: for the authors and the reviewer. */
  async reviews(viewer: Viewer, story: LoadedStory): Promise<StoryReview[]> {
    if (!this.access.isAuthor(viewer, story) && story.reviewerId !== viewer.personId) return [];
    const rows = await this.dataSource.query<{ id: string; reviewer_id: string; decision: string; comment: string; created_at: Date }[]>(
      'SELECT id, reviewer_id, decision, comment, created_at FROM story_reviews WHERE story_id = $1 ORDER BY created_at DESC LIMIT 50',
      [story.id],
    );
    return rows.map((row) => ({
      id: row.id,
      reviewerId: row.reviewer_id,
      decision: row.decision as StoryReviewDecision,
      comment: row.comment,
      createdAt: row.created_at,
    }));
  }

  /** Earlier contents of a published story, newest first: for those who may edit it and its authors. */
  async versions(viewer: Viewer, story: LoadedStory): Promise<StoryVersion[]> {
    if (!this.access.isAuthor(viewer, story) && !(await this.access.canManage(viewer, story))) return [];
    const rows = await this.dataSource.query<{ version: number; content: VersionContent; replaced_by: string; replaced_at: Date }[]>(
      'SELECT version, content, replaced_by, replaced_at FROM story_versions WHERE story_id = $1 ORDER BY version DESC LIMIT 100',
      [story.id],
    );
    return rows.map((row) => ({ version: row.version, ...row.content, replacedById: row.replaced_by, replacedAt: row.replaced_at }));
  }

  /** Published stories most like this one, as last computed (StorySimilarity): one statement. */
  async similar(viewer: Viewer, story: LoadedStory): Promise<LoadedStory[]> {
    const similar = await this.byIds(viewer, story.similarIds);
    return similar.filter((candidate) => candidate.status === StoryStatus.PUBLISHED);
  }

  /** My stories by scope, most recently changed first (bookmarks: newest bookmark first), keyset-paged. */
  async mine(viewer: Viewer, scope: MyStoriesScope, first: number, after: string | null | undefined): Promise<StoryConnection> {
    const size = pageSize(first);
    const params: unknown[] = [viewer.personId];
    const conditions: Record<MyStoriesScope, string> = {
      [MyStoriesScope.WRITING]: `s.status IN ('DRAFT', 'IN_REVIEW') AND (s.author_id = $1 OR $1 = ANY(s.co_author_ids))`,
      [MyStoriesScope.REVIEWING]: `s.status = 'IN_REVIEW' AND s.reviewer_id = $1`,
      [MyStoriesScope.OWNED]: `s.status = 'PUBLISHED' AND (s.owner_id = $1 OR s.verifier_id = $1)`,
      [MyStoriesScope.BOOKMARKED]: `s.status IN ('PUBLISHED', 'ARCHIVED') AND bm.person_id IS NOT NULL`,
    };
    const sortKey = scope === MyStoriesScope.BOOKMARKED ? 'bm.created_at' : 's.updated_at';
    let keyset = '';
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      params.push(at, id);
      keyset = `AND (${sortKey}, s.id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(size + 1);
    const rows = await this.dataSource.query<(StoryRow & { sort_at: Date })[]>(
      `${STORY_CARD_SELECT.replace('SELECT ', `SELECT ${sortKey} AS sort_at, `)}
       LEFT JOIN story_marks bm ON bm.story_id = s.id AND bm.person_id = $1 AND bm.kind = 'BOOKMARK'
       WHERE ${conditions[scope]} ${keyset}
       ORDER BY ${sortKey} DESC, s.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, size);
    const edges = page.nodes.map((row) => ({ cursor: encodeCursor([row.sort_at.toISOString(), row.id]), node: toStory(row) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Departments must exist; people (involved, co-authors, a new owner or verifier) must be active. */
  private async checkReferences(content: StoryContent, handover: { ownerId?: string; verifierId?: string } = {}): Promise<void> {
    if (content.departmentIds && content.departmentIds.length > 0) {
      const known = new Set((await this.directory.departments()).map((department) => department.id));
      const unknown = content.departmentIds.filter((id) => !known.has(id));
      if (unknown.length > 0) throw BadUserInputError.field('departmentIds', `unknown department: ${unknown.join(', ')}`);
    }
    if (content.peopleIds) await this.checkPeople('peopleIds', content.peopleIds);
    if (content.coAuthorIds) await this.checkPeople('coAuthorIds', content.coAuthorIds);
    if (handover.ownerId) await this.checkPeople('ownerId', [handover.ownerId.toLowerCase()]);
    if (handover.verifierId) await this.checkPeople('verifierId', [handover.verifierId.toLowerCase()]);
  }

  private async checkPeople(field: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = new Set((await this.directory.activePeopleByIds(ids)).map((person) => person.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw BadUserInputError.field(field, `not an active person: ${missing.join(', ')}`);
  }
}

/** The current story (read whole, sections included) with the given content applied. */
function merged(current: LoadedStory, content: StoryContent): LoadedStory {
  const section = (name: 'challenge' | 'solution' | 'result'): { html: string; text: string } =>
    content.sections[name] ?? { html: current[`${name}Html`] ?? '', text: current[`${name}Text`] };
  return {
    ...current,
    language: content.language ?? current.language,
    title: content.title ?? current.title,
    titleEn: content.titleEn !== undefined ? content.titleEn : current.titleEn,
    customer:
      content.accountName !== undefined
        ? {
            accountName: content.accountName,
            industry: (content.industry ?? null) as LoadedStory['customer']['industry'],
            companySize: (content.companySize ?? null) as LoadedStory['customer']['companySize'],
            region: (content.region ?? null) as LoadedStory['customer']['region'],
          }
        : current.customer,
    departmentIds: content.departmentIds ?? current.departmentIds,
    peopleIds: content.peopleIds ?? current.peopleIds,
    coAuthorIds: content.coAuthorIds ?? current.coAuthorIds,
    products: content.products ?? current.products,
    tags: content.tags ?? current.tags,
    challengeHtml: section('challenge').html,
    challengeText: section('challenge').text,
    solutionHtml: section('solution').html,
    solutionText: section('solution').text,
    resultHtml: section('result').html,
    resultText: section('result').text,
    outcomes: content.outcomes ?? current.outcomes,
    quote: content.quote !== undefined ? content.quote : current.quote,
    verifyIntervalDays: content.verifyIntervalDays ?? current.verifyIntervalDays,
  };
}

type VersionContent = Omit<StoryVersion, 'version' | 'replacedById' | 'replacedAt'>;

function versionContent(story: LoadedStory): VersionContent {
  return {
    title: story.title,
    challengeHtml: story.challengeHtml ?? '',
    solutionHtml: story.solutionHtml ?? '',
    resultHtml: story.resultHtml ?? '',
    outcomes: story.outcomes,
  };
}

/** Whether what readers see changed (a version is kept then). */
function hasContentChanged(current: LoadedStory, next: LoadedStory): boolean {
  const shape = (story: LoadedStory): string =>
    JSON.stringify([
      story.title,
      story.titleEn,
      story.customer,
      story.products,
      story.tags,
      story.challengeHtml,
      story.solutionHtml,
      story.resultHtml,
      story.outcomes,
      story.quote,
      story.departmentIds,
      story.peopleIds,
    ]);
  return shape(current) !== shape(next);
}
