import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  type DirectoryRecipient,
  Mailer,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
} from '@kakehashi/server-platform';
import { tokyoWeekStart } from '../analytics/engagement';
import { ancestorsOrSelf, followedByDefault, isAddressed } from '../common/department-tree';
import { buildDigestMail, type DigestEdition } from './digest-mail';
import type { NewsletterPreferences } from './preferences.model';

export const WEEKLY_DIGEST_JOB = 'newsletters.weekly-digest';
/** Mondays at 08:00; the job queue runs crons in Asia/Tokyo. */
export const WEEKLY_DIGEST_CRON = '0 8 * * 1';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 500;
const RECENT_EDITIONS_MAX = 1000;

interface RecentEdition extends DigestEdition {
  newsletterId: string;
  audienceKind: string;
  audienceExpandedIds: string[];
  newsletterCompanyWide: boolean;
  newsletterDepartmentId: string;
}

@Injectable()
export class DigestService {
  private readonly logger = new Logger('Newsletters');

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preferences(viewer: Viewer): Promise<NewsletterPreferences> {
    const [row] = await this.dataSource.query<{ weekly_digest: boolean }[]>(
      'SELECT weekly_digest FROM newsletter_preferences WHERE person_id = $1',
      [viewer.personId],
    );
    return { weeklyDigest: row?.weekly_digest ?? true };
  }

  async updatePreferences(viewer: Viewer, weeklyDigest: boolean): Promise<NewsletterPreferences> {
    const [row] = await this.dataSource.query<{ weekly_digest: boolean }[]>(
      `INSERT INTO newsletter_preferences (person_id, weekly_digest) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET weekly_digest = excluded.weekly_digest, updated_at = now()
       RETURNING weekly_digest`,
      [viewer.personId, weeklyDigest],
    );
    return { weeklyDigest: row?.weekly_digest ?? weeklyDigest };
  }

  /**
   * The weekly digest: for each active person who has not opted out, the editions of the
   * past week addressed to them from newsletters they follow that they have not opened (at
   * most 10), and no mail when there are none. Each person's week is claimed before their
   * mail is queued, so a job that runs again sends no second digest. Statements are bounded
   * per 500 people, whatever the number of editions.
   */
  async sendWeekly(now = new Date()): Promise<number> {
    const week = tokyoWeekStart(now);
    const editions = await this.recentEditions(new Date(now.getTime() - WEEK_MS));
    if (editions.length === 0) return 0;
    const [people, departments] = await Promise.all([this.directory.activePeople(null), this.directory.departments()]);
    const editionIds = editions.map((edition) => edition.id);
    let sent = 0;
    for (let start = 0; start < people.length; start += BATCH) {
      const batch = people.slice(start, start + BATCH);
      const ids = batch.map((person) => person.id);
      const [preferences, follows, reads] = await Promise.all([
        this.dataSource.query<{ person_id: string; weekly_digest: boolean; last_digest_week: string | null }[]>(
          `SELECT person_id, weekly_digest, to_char(last_digest_week, 'YYYY-MM-DD') AS last_digest_week
           FROM newsletter_preferences WHERE person_id = ANY($1::uuid[])`,
          [ids],
        ),
        this.dataSource.query<{ person_id: string; newsletter_id: string; following: boolean }[]>(
          'SELECT person_id, newsletter_id, following FROM newsletter_follows WHERE person_id = ANY($1::uuid[])',
          [ids],
        ),
        this.dataSource.query<{ person_id: string; edition_id: string }[]>(
          'SELECT person_id, edition_id FROM edition_reads WHERE edition_id = ANY($1::uuid[]) AND person_id = ANY($2::uuid[])',
          [editionIds, ids],
        ),
      ]);
      const preferenceOf = new Map(preferences.map((row) => [row.person_id, row]));
      const choices = new Map(follows.map((row) => [`${row.person_id}:${row.newsletter_id}`, row.following]));
      const read = new Set(reads.map((row) => `${row.person_id}:${row.edition_id}`));
      const mails = new Map<string, ReturnType<typeof buildDigestMail>>();
      for (const person of batch) {
        const preference = preferenceOf.get(person.id);
        if (preference && (!preference.weekly_digest || preference.last_digest_week === week)) continue;
        const unread = this.unreadFor(
          person,
          editions,
          departments.length ? ancestorsOrSelf(departments, person.departmentId) : [],
          choices,
          read,
        );
        const mail = buildDigestMail(person, unread, this.config.publicUrl);
        if (mail) mails.set(person.id, mail);
      }
      if (mails.size === 0) continue;
      const claimed = await this.dataSource.query<{ person_id: string }[]>(
        `INSERT INTO newsletter_preferences AS p (person_id, last_digest_week)
         SELECT id, $2::date FROM unnest($1::uuid[]) AS id
         ON CONFLICT (person_id) DO UPDATE SET last_digest_week = excluded.last_digest_week
         WHERE p.weekly_digest AND p.last_digest_week IS DISTINCT FROM excluded.last_digest_week
         RETURNING person_id`,
        [[...mails.keys()], week],
      );
      for (const { person_id } of claimed) {
        const mail = mails.get(person_id);
        if (!mail) continue;
        await this.mailer.enqueue(mail);
        sent += 1;
      }
    }
    this.logger.log(`weekly digest ${week}: ${sent} mails`);
    return sent;
  }

  private unreadFor(
    person: DirectoryRecipient,
    editions: RecentEdition[],
    departmentIds: string[],
    choices: Map<string, boolean>,
    read: Set<string>,
  ): DigestEdition[] {
    return editions.filter((edition) => {
      if (read.has(`${person.id}:${edition.id}`) || !isAddressed(edition, person.departmentId)) return false;
      const choice = choices.get(`${person.id}:${edition.newsletterId}`);
      return (
        choice ??
        followedByDefault({ companyWide: edition.newsletterCompanyWide, departmentId: edition.newsletterDepartmentId }, departmentIds)
      );
    });
  }

  private async recentEditions(since: Date): Promise<RecentEdition[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        title: string;
        summary: string;
        published_at: Date;
        must_read: boolean;
        audience_kind: string;
        audience_expanded_ids: string[];
        newsletter_id: string;
        name_ja: string;
        name_en: string;
        company_wide: boolean;
        department_id: string;
      }[]
    >(
      `SELECT e.id, e.title, e.summary, e.published_at, e.must_read, e.audience_kind, e.audience_expanded_ids, e.newsletter_id,
              n.name_ja, n.name_en, n.company_wide, n.department_id
       FROM editions e JOIN newsletters n ON n.id = e.newsletter_id
       WHERE e.status = 'PUBLISHED' AND e.published_at >= $1
       ORDER BY e.published_at DESC, e.id DESC LIMIT ${RECENT_EDITIONS_MAX}`,
      [since],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      publishedAt: row.published_at,
      mustRead: row.must_read,
      audienceKind: row.audience_kind,
      audienceExpandedIds: row.audience_expanded_ids,
      newsletterId: row.newsletter_id,
      newsletterNameJa: row.name_ja,
      newsletterNameEn: row.name_en,
      newsletterCompanyWide: row.company_wide,
      newsletterDepartmentId: row.department_id,
    }));
  }
}
