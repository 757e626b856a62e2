import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MUST_READ_REMINDER_INTERVAL_HOURS } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  decodeCursor,
  type DirectoryRecipient,
  encodeCursor,
  ForbiddenError,
  Notifier,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  pageSize,
  RateLimitedError,
  type Viewer,
  firstRow,
} from '@kakehashi/server-platform';
import { isAddressed } from '../common/department-tree';
import { EditionAudienceKind } from '../common/enums';
import { editionLink } from '../editions/edition-publisher.service';
import type { Edition } from '../editions/edition.model';
import { EditionService } from '../editions/edition.service';
import type { EditionAcknowledgementsArgs } from './dto/acknowledgements.args';

const HOUR_MS = 60 * 60 * 1000;

export interface AcknowledgementPage {
  rows: { personId: string; departmentId: string | null; acknowledgedAt: Date | null; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

@Injectable()
export class AcknowledgementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly editions: EditionService,
    private readonly notifier: Notifier,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /** "I have read it": once per person; acknowledging again keeps the first time. */
  async acknowledge(viewer: Viewer, editionId: string): Promise<Edition> {
    const edition = await this.editions.publishedForViewer(viewer, editionId);
    if (!edition.mustRead) throw BadUserInputError.field('editionId', 'is not a must-read');
    if (!isAddressed(edition, viewer.departmentId)) throw new ForbiddenError('This must-read is not addressed to you.');
    // The first acknowledgement counts in the engagement of its department, in the same statement.
    const [row] = await this.dataSource.query<{ acknowledged_at: Date }[]>(
      `WITH ack AS (
         INSERT INTO edition_acknowledgements (edition_id, person_id, department_id) VALUES ($1, $2, $3)
         ON CONFLICT (edition_id, person_id) DO UPDATE SET acknowledged_at = edition_acknowledgements.acknowledged_at
         RETURNING edition_id, department_id, acknowledged_at, xmax = 0 AS inserted
       ), counted AS (
         INSERT INTO edition_engagement AS g (edition_id, department_id, acknowledgements)
         SELECT edition_id, department_id, 1 FROM ack WHERE inserted AND department_id IS NOT NULL
         ON CONFLICT (edition_id, department_id) DO UPDATE SET acknowledgements = g.acknowledgements + 1
       )
       SELECT acknowledged_at FROM ack`,
      [edition.id, viewer.personId, viewer.departmentId],
    );
    edition.viewerState = {
      openedAt: edition.viewerState?.openedAt ?? null,
      readAt: edition.viewerState?.readAt ?? null,
      commentCount: edition.viewerState?.commentCount ?? 0,
      acknowledgedAt: row?.acknowledged_at ?? null,
    };
    return edition;
  }

  /** Who has, or has not, acknowledged a must-read (editors of the newsletter). Bounded: two statements. */
  async list(viewer: Viewer, args: EditionAcknowledgementsArgs): Promise<AcknowledgementPage> {
    const size = pageSize(args.first);
    const edition = await this.editions.forEditor(viewer, args.editionId);
    if (!edition.mustRead) throw BadUserInputError.field('editionId', 'is not a must-read');
    if (args.acknowledged) {
      const params: unknown[] = [edition.id, args.departmentId ?? null];
      let keyset = '';
      if (args.after) {
        const [at, personId] = decodeCursor(args.after, 2);
        params.push(at, personId);
        keyset = 'AND (acknowledged_at, person_id) > ($3::timestamptz, $4::uuid)';
      }
      params.push(size + 1);
      const [rows, [count]] = await Promise.all([
        this.dataSource.query<{ person_id: string; department_id: string | null; acknowledged_at: Date }[]>(
          `SELECT person_id, department_id, acknowledged_at FROM edition_acknowledgements
           WHERE edition_id = $1 AND ($2::uuid IS NULL OR department_id = $2) ${keyset}
           ORDER BY acknowledged_at, person_id LIMIT $${params.length}`,
          params,
        ),
        this.dataSource.query<{ count: number }[]>(
          'SELECT count(*)::int AS count FROM edition_acknowledgements WHERE edition_id = $1 AND ($2::uuid IS NULL OR department_id = $2)',
          [edition.id, args.departmentId ?? null],
        ),
      ]);
      return {
        rows: rows.slice(0, size).map((row) => ({
          personId: row.person_id,
          departmentId: row.department_id,
          acknowledgedAt: row.acknowledged_at,
          cursor: encodeCursor([row.acknowledged_at.toISOString(), row.person_id]),
        })),
        hasNextPage: rows.length > size,
        totalCount: count?.count ?? 0,
      };
    }
    const pending = await this.pending(edition, args.departmentId ?? null);
    let start = 0;
    if (args.after) {
      const [personId] = decodeCursor(args.after, 1);
      start = pending.findIndex((person) => person.id === personId) + 1;
    }
    const slice = pending.slice(start, start + size);
    return {
      rows: slice.map((person) => ({
        personId: person.id,
        departmentId: person.departmentId,
        acknowledgedAt: null,
        cursor: encodeCursor([person.id]),
      })),
      hasNextPage: start + size < pending.length,
      totalCount: pending.length,
    };
  }

  /**
   * Reminds recipients who have not acknowledged. At most once per 24 hours per edition:
   * the claim is one conditional update, so two editors clicking at once send one reminder.
   */
  async remind(viewer: Viewer, editionId: string, now = new Date()): Promise<{ notified: number; nextAllowedAt: Date }> {
    const edition = await this.editions.forEditor(viewer, editionId);
    if (!edition.mustRead) throw BadUserInputError.field('editionId', 'is not a must-read');
    if (edition.status !== 'PUBLISHED') throw BadUserInputError.field('editionId', 'is not published');
    const claimed: unknown = await this.dataSource.query(
      `UPDATE editions SET last_reminder_at = now()
       WHERE id = $1 AND (last_reminder_at IS NULL OR last_reminder_at <= now() - make_interval(hours => $2))
       RETURNING last_reminder_at`,
      [edition.id, MUST_READ_REMINDER_INTERVAL_HOURS],
    );
    const claim = firstRow<{ last_reminder_at: Date }>(claimed);
    if (!claim) {
      const last = edition.lastReminderAt ?? now;
      const allowedAt = new Date(last.getTime() + MUST_READ_REMINDER_INTERVAL_HOURS * HOUR_MS);
      throw new RateLimitedError(
        `A reminder for this edition was sent at ${last.toISOString()}; the next one is allowed from ${allowedAt.toISOString()}.`,
        Math.max(1, Math.ceil((allowedAt.getTime() - now.getTime()) / 1000)),
      );
    }
    const pending = await this.pending(edition, null);
    const notified =
      pending.length === 0
        ? 0
        : await this.notifier.notify({
            recipientIds: pending.map((person) => person.id),
            kind: 'newsletter.mustReadReminder',
            title: { ja: `【必読・リマインド】${edition.title}`, en: `Reminder: please acknowledge "${edition.title}"` },
            body: { ja: '内容を確認し、「確認しました」を押してください。', en: 'Please read it and select "Acknowledge".' },
            link: editionLink(edition.id),
            actorId: viewer.personId,
            dedupeKey: `newsletter.mustReadReminder:${edition.id}:${claim.last_reminder_at.toISOString()}`,
          });
    return { notified, nextAllowedAt: new Date(claim.last_reminder_at.getTime() + MUST_READ_REMINDER_INTERVAL_HOURS * HOUR_MS) };
  }

  /** Active recipients who have not acknowledged, in directory order. */
  private async pending(edition: Edition, departmentId: string | null): Promise<DirectoryRecipient[]> {
    let departments: string[] | null = edition.audienceKind === EditionAudienceKind.COMPANY ? null : edition.audienceExpandedIds;
    if (departmentId) departments = departments === null || departments.includes(departmentId) ? [departmentId] : [];
    const [recipients, acknowledged] = await Promise.all([
      departments !== null && departments.length === 0 ? Promise.resolve([]) : this.directory.activePeople(departments),
      this.dataSource.query<{ person_id: string }[]>('SELECT person_id FROM edition_acknowledgements WHERE edition_id = $1', [edition.id]),
    ]);
    const done = new Set(acknowledged.map((row) => row.person_id));
    return recipients.filter((person) => !done.has(person.id));
  }
}
