// Newsletters and editions through /graphql: who may write, the workflow, sanitizing, bad input.
import { EDITION_TAGS_MAX, EDITION_TITLE_MAX_LENGTH, Role } from '@kakehashi/shared-contracts';
import type { TestApp } from '@kakehashi/server-platform/testing';
import {
  type Actor,
  actor,
  CREATE_EDITION,
  CREATE_NEWSLETTER,
  createDepartment,
  createPerson,
  draftEdition,
  errorCode,
  errorFields,
  newsletterOf,
  ok,
  PUBLISH_EDITION,
  publishedEdition,
  startNewslettersApp,
} from './newsletters-test-kit';

const EDITION = /* GraphQL */ `
  query Edition($id: ID!) {
    edition(id: $id) {
      id
      status
      title
      bodyHtml
      tags
      coverImageUrl
      mustRead
      publishedAt
      updatedAt
      version
      canEdit
      unread
      audience {
        kind
        size
      }
      newsletter {
        id
        nameJa
      }
      author {
        id
      }
    }
  }
`;

const UPDATE_EDITION = /* GraphQL */ `
  mutation UpdateEdition($input: UpdateEditionInput!) {
    updateEdition(input: $input) {
      id
      title
      version
      updatedAt
      versions {
        version
        title
        replacedBy {
          id
        }
      }
    }
  }
`;

const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleEditionInput!) {
    scheduleEdition(input: $input) {
      id
      status
      scheduledAt
    }
  }
`;

const UNSCHEDULE = /* GraphQL */ `
  mutation Unschedule($id: ID!) {
    unscheduleEdition(id: $id) {
      id
      status
      scheduledAt
    }
  }
`;

interface EditionView {
  id: string;
  status: string;
  title: string;
  bodyHtml: string;
  tags: string[];
  publishedAt: string | null;
  updatedAt: string | null;
  version: number;
  canEdit: boolean;
  audience: { kind: string; size: number | null };
  author: { id: string } | null;
  newsletter: { id: string; nameJa: string };
}

describe('newsletters and editions through /graphql', () => {
  let api: TestApp;
  let salesId: string;
  let eastId: string;
  let hrId: string;
  let admin: Actor;
  let salesEditor: Actor;
  let eastEditor: Actor;
  let hrEditor: Actor;
  let eastReader: Actor;
  let hrReader: Actor;
  let salesNewsletter: string;

  beforeAll(async () => {
    api = await startNewslettersApp();
    salesId = await createDepartment(api, '営業本部');
    eastId = await createDepartment(api, '東日本営業部', salesId);
    hrId = await createDepartment(api, '人事部');
    admin = await actor(api, await createPerson(api, { departmentId: hrId, roles: [Role.HUB_ADMIN] }));
    salesEditor = await actor(api, await createPerson(api, { departmentId: salesId, roles: [Role.HUB_EDITOR] }));
    eastEditor = await actor(api, await createPerson(api, { departmentId: eastId, roles: [Role.HUB_EDITOR] }));
    hrEditor = await actor(api, await createPerson(api, { departmentId: hrId, roles: [Role.HUB_EDITOR] }));
    eastReader = await actor(api, await createPerson(api, { departmentId: eastId }));
    hrReader = await actor(api, await createPerson(api, { departmentId: hrId }));
    await createPerson(api, { departmentId: eastId });
    await createPerson(api, { departmentId: eastId, active: false });
    salesNewsletter = await newsletterOf(salesEditor, salesId, { nameJa: '営業ニュース' });
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('who may add and edit newsletters', () => {
    const input = (departmentId: string, companyWide = false) => ({
      input: { departmentId, nameJa: '部門だより', nameEn: 'Dept news', cadence: 'WEEKLY', companyWide },
    });

    it('lets editors of the department, or of one above it, add one', async () => {
      const own = ok(await eastEditor.gql<{ createNewsletter: { canEdit: boolean; followed: boolean } }>(CREATE_NEWSLETTER, input(eastId)));
      expect(own.createNewsletter).toMatchObject({ canEdit: true, followed: true });
      expect(errorCode(await salesEditor.gql(CREATE_NEWSLETTER, input(eastId)))).toBeUndefined();
    });

    it('refuses editors of another department, editors below it, and employees', async () => {
      expect(errorCode(await hrEditor.gql(CREATE_NEWSLETTER, input(eastId)))).toBe('FORBIDDEN');
      expect(errorCode(await eastEditor.gql(CREATE_NEWSLETTER, input(salesId)))).toBe('FORBIDDEN');
      expect(errorCode(await eastReader.gql(CREATE_NEWSLETTER, input(eastId)))).toBe('FORBIDDEN');
    });

    it('lets only admins make a newsletter company-wide', async () => {
      expect(errorCode(await hrEditor.gql(CREATE_NEWSLETTER, input(hrId, true)))).toBe('FORBIDDEN');
      const made = ok(await admin.gql<{ createNewsletter: { companyWide: boolean } }>(CREATE_NEWSLETTER, input(hrId, true)));
      expect(made.createNewsletter.companyWide).toBe(true);
    });

    it('names an unknown department', async () => {
      const result = await admin.gql(CREATE_NEWSLETTER, input('00000000-0000-4000-8000-000000000000'));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorFields(result)).toEqual(['departmentId']);
    });

    it('updates with the version, and refuses a stale one', async () => {
      const UPDATE = `mutation($input: UpdateNewsletterInput!) { updateNewsletter(input: $input) { nameJa version } }`;
      const updated = ok(
        await salesEditor.gql<{ updateNewsletter: { nameJa: string; version: number } }>(UPDATE, {
          input: { id: salesNewsletter, version: 1, nameJa: '営業本部ニュース' },
        }),
      );
      expect(updated.updateNewsletter).toEqual({ nameJa: '営業本部ニュース', version: 2 });
      expect(errorCode(await salesEditor.gql(UPDATE, { input: { id: salesNewsletter, version: 1, nameJa: '古い' } }))).toBe('CONFLICT');
      expect(errorCode(await hrEditor.gql(UPDATE, { input: { id: salesNewsletter, version: 2, nameJa: '乗っ取り' } }))).toBe('FORBIDDEN');
    });
  });

  describe('drafts, preview and publication', () => {
    it('shows a draft to its editors exactly as readers will see it, and to no one else', async () => {
      const eastNewsletter = await newsletterOf(eastEditor, eastId);
      const id = await draftEdition(eastEditor, eastNewsletter, {
        title: '下書き',
        audience: { kind: 'DEPARTMENTS', departmentIds: [eastId] },
      });
      const preview = ok(await eastEditor.gql<{ edition: EditionView }>(EDITION, { id })).edition;
      expect(preview).toMatchObject({ status: 'DRAFT', title: '下書き', canEdit: true, author: { id: eastEditor.id } });
      // The editor of the division above, and admins, see it too.
      expect(ok(await salesEditor.gql<{ edition: EditionView }>(EDITION, { id })).edition.status).toBe('DRAFT');
      expect(ok(await admin.gql<{ edition: EditionView }>(EDITION, { id })).edition.status).toBe('DRAFT');
      expect(
        errorCode(
          await eastEditor.gql(CREATE_EDITION, { input: { newsletterId: salesNewsletter, title: 'x', audience: { kind: 'COMPANY' } } }),
        ),
      ).toBe('FORBIDDEN');
      for (const outsider of [eastReader, hrEditor, hrReader]) {
        const result = await outsider.gql(EDITION, { id });
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(result.data).toBeNull();
      }
    });

    it('keeps editions addressed to other departments out of reach: NOT_FOUND, not FORBIDDEN', async () => {
      const id = await publishedEdition(salesEditor, salesNewsletter, { audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] } });
      // Sub-departments are included: 東日本営業部 is under 営業本部.
      expect(ok(await eastReader.gql<{ edition: EditionView }>(EDITION, { id })).edition.status).toBe('PUBLISHED');
      expect(errorCode(await hrReader.gql(EDITION, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await hrReader.gql(EDITION, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });

    it('snapshots the audience size at publication (active people, sub-departments included)', async () => {
      const id = await draftEdition(salesEditor, salesNewsletter, { audience: { kind: 'DEPARTMENTS', departmentIds: [eastId] } });
      const published = ok(await salesEditor.gql<{ publishEdition: EditionView }>(PUBLISH_EDITION, { id })).publishEdition;
      // 東日本営業部: its editor, a reader and one more active person (the inactive one is not counted).
      expect(published).toMatchObject({ status: 'PUBLISHED', audience: { size: 3 } });
      expect(published.publishedAt).not.toBeNull();
      const [snapshot] = await api.dataSource.query<{ member_count: number }[]>(
        'SELECT member_count FROM edition_audience_snapshots WHERE edition_id = $1 AND department_id = $2',
        [id, eastId],
      );
      expect(snapshot?.member_count).toBe(3);
      expect(errorCode(await salesEditor.gql(PUBLISH_EDITION, { id }))).toBe('CONFLICT');
    });

    it('lets no one but the newsletter editors publish', async () => {
      const id = await draftEdition(salesEditor, salesNewsletter);
      expect(errorCode(await hrEditor.gql(PUBLISH_EDITION, { id }))).toBe('NOT_FOUND');
      const published = await publishedEdition(salesEditor, salesNewsletter);
      expect(errorCode(await eastReader.gql(UPDATE_EDITION, { input: { id: published, version: 2, title: 'x' } }))).toBe('FORBIDDEN');
    });

    it('keeps the previous version when a published edition is edited, and shows it as updated', async () => {
      const id = await publishedEdition(salesEditor, salesNewsletter, { title: '初版' });
      const before = ok(await eastReader.gql<{ edition: EditionView }>(EDITION, { id })).edition;
      expect(before.updatedAt).toBeNull();
      const updated = ok(
        await salesEditor.gql<{
          updateEdition: {
            title: string;
            version: number;
            updatedAt: string;
            versions: { version: number; title: string; replacedBy: { id: string } | null }[];
          };
        }>(UPDATE_EDITION, { input: { id, version: before.version, title: '改訂版' } }),
      ).updateEdition;
      expect(updated.title).toBe('改訂版');
      expect(updated.updatedAt).not.toBeNull();
      expect(updated.versions).toEqual([{ version: before.version, title: '初版', replacedBy: { id: salesEditor.id } }]);
      expect(ok(await eastReader.gql<{ edition: EditionView }>(EDITION, { id })).edition.updatedAt).toBe(updated.updatedAt);
      const stale = await salesEditor.gql(UPDATE_EDITION, { input: { id, version: before.version, title: '競合' } });
      expect(errorCode(stale)).toBe('CONFLICT');
      const readerVersions = await eastReader.gql(`query($id: ID!) { edition(id: $id) { versions { version } } }`, { id });
      expect(errorCode(readerVersions)).toBe('FORBIDDEN');
    });
  });

  describe('sanitizing', () => {
    it('stores and returns no script, handler, javascript: or data: URL, svg or style', async () => {
      const bodyHtml =
        '<p onclick="alert(1)" style="color:red">本文</p><script>alert(1)</script>' +
        '<a href="javascript:alert(1)">a</a><a href="java&#x09;script:alert(2)">b</a><a href="https://example.com">c</a>' +
        '<svg><script>alert(3)</script></svg><img src="data:image/png;base64,AAAA"><img src="/uploads/good-key.png" onerror="x()">' +
        '<iframe src="https://evil.example"></iframe>';
      const created = ok(
        await salesEditor.gql<{ createEdition: { id: string; bodyHtml: string } }>(CREATE_EDITION, {
          input: { newsletterId: salesNewsletter, title: 'XSS', bodyHtml, audience: { kind: 'COMPANY' } },
        }),
      ).createEdition;
      const [stored] = await api.dataSource.query<{ body_html: string }[]>('SELECT body_html FROM editions WHERE id = $1', [created.id]);
      for (const html of [created.bodyHtml, stored!.body_html]) {
        expect(html).toBe(
          '<p>本文</p><a target="_blank" rel="noopener noreferrer nofollow">a</a><a target="_blank" rel="noopener noreferrer nofollow">b</a>' +
            '<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">c</a><img src="/uploads/good-key.png" />',
        );
        expect(html).not.toMatch(/script|onerror|onclick|style|javascript|data:|svg|iframe/i);
      }
    });
  });

  describe('bad input names the field', () => {
    const create = (input: Record<string, unknown>) =>
      salesEditor.gql(CREATE_EDITION, { input: { newsletterId: salesNewsletter, title: '題', audience: { kind: 'COMPANY' }, ...input } });

    it.each([
      ['a title too long', { title: 'あ'.repeat(EDITION_TITLE_MAX_LENGTH + 1) }, 'title'],
      ['a blank title', { title: '   ' }, 'title'],
      ['too many tags', { tags: Array.from({ length: EDITION_TAGS_MAX + 1 }, (_, i) => `tag${i}`) }, 'tags'],
      ['a tag too long', { tags: ['あ'.repeat(31)] }, 'tags'],
      ['an external cover image', { coverImageUrl: 'https://example.com/a.png' }, 'coverImageUrl'],
      ['a body too large', { bodyHtml: `<p>${'あ'.repeat(70_000)}</p>` }, 'bodyHtml'],
      [
        'an unknown department',
        { audience: { kind: 'DEPARTMENTS', departmentIds: ['00000000-0000-4000-8000-000000000000'] } },
        'audience.departmentIds',
      ],
      ['departments missing', { audience: { kind: 'DEPARTMENTS', departmentIds: [] } }, 'audience.departmentIds'],
      ['a pin in the past', { pinnedUntil: '2001-01-01T00:00:00Z' }, 'pinnedUntil'],
    ])('refuses %s', async (_name, input, field) => {
      const result = await create(input);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorFields(result)).toContain(field);
    });

    it('refuses a schedule in the past', async () => {
      const id = await draftEdition(salesEditor, salesNewsletter);
      const result = await salesEditor.gql(SCHEDULE, { input: { id, publishAt: '2001-01-01T00:00:00Z' } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorFields(result)).toEqual(['publishAt']);
    });
  });

  describe('scheduling', () => {
    it('schedules, reschedules and unschedules back to draft', async () => {
      const id = await draftEdition(salesEditor, salesNewsletter);
      const later = new Date(Date.now() + 3600_000).toISOString();
      const scheduled = ok(
        await salesEditor.gql<{ scheduleEdition: { status: string; scheduledAt: string } }>(SCHEDULE, { input: { id, publishAt: later } }),
      );
      expect(scheduled.scheduleEdition).toEqual({ id, status: 'SCHEDULED', scheduledAt: later });
      const [first] = await api.dataSource.query<{ schedule_job_id: string }[]>('SELECT schedule_job_id FROM editions WHERE id = $1', [id]);
      expect(first?.schedule_job_id).toBeTruthy();
      const evenLater = new Date(Date.now() + 7200_000).toISOString();
      ok(await salesEditor.gql(SCHEDULE, { input: { id, publishAt: evenLater } }));
      const [second] = await api.dataSource.query<{ schedule_job_id: string }[]>('SELECT schedule_job_id FROM editions WHERE id = $1', [
        id,
      ]);
      expect(second?.schedule_job_id).not.toBe(first?.schedule_job_id);
      const back = ok(await salesEditor.gql<{ unscheduleEdition: { status: string; scheduledAt: string | null } }>(UNSCHEDULE, { id }));
      expect(back.unscheduleEdition).toEqual({ id, status: 'DRAFT', scheduledAt: null });
      expect(errorCode(await eastReader.gql(SCHEDULE, { input: { id, publishAt: later } }))).toBe('NOT_FOUND');
    });

    it('publishes a scheduled edition when its time comes, through the job queue', async () => {
      const id = await draftEdition(salesEditor, salesNewsletter, { title: '予約投稿' });
      ok(await salesEditor.gql(SCHEDULE, { input: { id, publishAt: new Date(Date.now() + 1500).toISOString() } }));
      let status = 'SCHEDULED';
      for (let attempt = 0; attempt < 60 && status !== 'PUBLISHED'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const [row] = await api.dataSource.query<{ status: string }[]>('SELECT status FROM editions WHERE id = $1', [id]);
        status = row?.status ?? 'missing';
      }
      expect(status).toBe('PUBLISHED');
      const seen = ok(await eastReader.gql<{ edition: EditionView }>(EDITION, { id })).edition;
      expect(seen.audience.size).toBeGreaterThan(0);
    }, 45_000);
  });
});
