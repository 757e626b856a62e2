import { editionBodyFromParagraphs } from './edition-body';
import { type NewsletterSeedDirectory, planNewsletterSeed, type SeedChunk } from './newsletter-seed-plan';
import { NEWSLETTER_CONTENT } from './newsletter-content';

// A small company: 広報 and 営業本部 (with a section below it), 30 people.
function directory(): NewsletterSeedDirectory {
  const departments = [
    { id: 'd-root', code: 'HQ', nameJa: '本社', nameEn: 'HQ', parentId: null },
    { id: 'd-pr', code: 'PR', nameJa: '広報部', nameEn: 'PR', parentId: 'd-root' },
    { id: 'd-sls', code: 'SLS', nameJa: '営業本部', nameEn: 'Sales', parentId: 'd-root' },
    { id: 'd-east', code: 'SLS-E', nameJa: '東日本営業部', nameEn: 'Sales East', parentId: 'd-sls' },
  ];
  const people = Array.from({ length: 30 }, (_, index) => ({
    id: `p-${index}`,
    displayName: `社員 ${index}`,
    departmentId: departments[index % departments.length]!.id,
    editor: index < 4,
    persona: index === 1 ? 'editor' : null,
  }));
  return { departments, people };
}

const NOW = new Date('2026-11-20T03:00:00Z');

function plan(): SeedChunk[] {
  return [...planNewsletterSeed(directory(), { now: NOW })];
}

describe('the newsletters seed plan', () => {
  it('writes the content of the departments that exist, the same way every time', () => {
    const [first, ...editions] = plan();
    expect(first!.newsletters.map((n) => n.nameJa)).toEqual(
      NEWSLETTER_CONTENT.filter((c) => c.departmentCode === 'PR' || c.departmentCode === 'SLS').map((c) => c.nameJa),
    );
    const shape = (chunks: SeedChunk[]) =>
      chunks.map((chunk) => [chunk.editions[0]?.title, chunk.editions[0]?.status, chunk.reads.length, chunk.reactions.length]);
    expect(shape(plan().slice(1))).toEqual(shape(editions));
  });

  it('publishes in the past by cadence, pins the newest company-wide one, schedules one and drafts one', () => {
    const chunks = plan();
    const editions = chunks.flatMap((chunk) => chunk.editions);
    const published = editions.filter((e) => e.status === 'PUBLISHED');
    for (const edition of published) {
      expect(edition.publishedAt!.getTime()).toBeLessThan(NOW.getTime());
      expect(NOW.getTime() - edition.publishedAt!.getTime()).toBeLessThan(125 * 86_400_000);
    }
    expect(editions.filter((e) => e.pinnedUntil)).toEqual([expect.objectContaining({ audienceKind: 'COMPANY', status: 'PUBLISHED' })]);
    expect(editions.filter((e) => e.status === 'SCHEDULED')).toEqual([expect.objectContaining({ audienceSize: null })]);
    expect(editions.filter((e) => e.status === 'SCHEDULED')[0]!.scheduledAt!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(editions.filter((e) => e.status === 'DRAFT')).toHaveLength(1);
    // The editor persona writes most of 広報's newsletter.
    const pr = editions.filter((e) => e.newsletterId === chunks[0]!.newsletters[0]!.id);
    expect(pr.filter((e) => e.authorId === 'p-1').length).toBeGreaterThan(pr.length / 2);
  });

  it('reads and reacts only within the audience, never above it', () => {
    for (const chunk of plan().slice(1)) {
      const edition = chunk.editions[0]!;
      if (edition.status !== 'PUBLISHED') continue;
      const readers = new Set(chunk.reads.map(([, person]) => person));
      expect(readers.size).toBe(chunk.reads.length);
      expect(readers.size).toBeLessThanOrEqual(edition.audienceSize!);
      expect(chunk.snapshots.reduce((sum, [, , count]) => sum + count, 0)).toBe(edition.audienceSize);
      for (const [, person] of chunk.acknowledgements) expect(readers.has(person)).toBe(true);
      if (edition.audienceKind === 'DEPARTMENTS') {
        for (const [, , department] of chunk.reads) expect(edition.audienceExpandedIds).toContain(department);
      }
    }
  });
});

describe('editionBodyFromParagraphs', () => {
  it('makes paragraphs and one list per run of "- " lines, escaped and sanitized', () => {
    expect(editionBodyFromParagraphs(['はじめに <b>', '- 一つ目', '- 二つ目', 'おわりに'])).toBe(
      '<p>はじめに &lt;b&gt;</p><ul><li><p>一つ目</p></li><li><p>二つ目</p></li></ul><p>おわりに</p>',
    );
  });
});
