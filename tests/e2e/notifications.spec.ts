import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, failOnPageErrors, screenshots } from './support';
import { Client } from 'pg';
import PgBoss from 'pg-boss';

// The database of the server under test: DATABASE_URL as the webServer inherits it, else
// the embedded cluster that `node tools/start.mjs` runs (its fixed loopback credentials).
const databaseUrl =
  process.env['DATABASE_URL'] ??
  `postgres://postgres:kakehashi-embedded@127.0.0.1:${process.env['EMBEDDED_POSTGRES_PORT'] ?? '54329'}/kakehashi`;

/** The api's job that publishes a scheduled edition; a must-read then notifies its audience. */
const PUBLISH_JOB = 'newsletters.publish';

const snapshot = screenshots('notifications-');
failOnPageErrors();

/** Resolves once the page has sent the `notificationAdded` subscription over its WebSocket. */
function subscriptionStarted(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      if (!socket.url().endsWith('/graphql')) return;
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('"subscribe"') && frame.payload.includes('notificationAdded')) {
          resolve();
        }
      });
    });
  });
}

async function signInAsEmployee(page: Page): Promise<void> {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in/);
  const toJapanese = page.getByRole('button', { name: '日本語', exact: true });
  if (await toJapanese.isVisible()) await toJapanese.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('button', { name: /^一般社員/ }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The employee's saved language wins once signed in; start in Japanese.
  if ((await page.locator('html').getAttribute('lang')) === 'en') {
    await page.getByRole('button', { name: '日本語', exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('社員名簿');
}

const bell = (page: Page): Locator => page.getByRole('banner').getByRole('button', { name: /^(通知|Notifications)/ });

/** The unread count the bell announces: "通知（未読 3 件）", "Notifications (3 unread)", or none. */
async function unreadOnBell(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /未読 (\d+) 件|\((\d+) unread\)/.exec(label);
  return match ? Number(match[1] ?? match[2]) : 0;
}

function bellLabel(count: number, locale: 'ja' | 'en'): string {
  if (locale === 'ja') return count > 0 ? `通知（未読 ${count} 件）` : '通知';
  return count > 0 ? `Notifications (${count} unread)` : 'Notifications';
}

interface Published {
  editionId: string;
  title: string;
  link: string;
  employeeId: string;
}

/**
 * Makes the api notify the employee the way it does in production: a must-read edition
 * addressed to the employee's department, due now, published by the api's own job worker
 * (pg-boss, same database). The api's Notifier stores the notifications and publishes the
 * live events; nothing here writes a notification itself.
 */
async function publishMustReadForEmployee(database: Client, stamp: string): Promise<Published> {
  const persona = async (key: string) => {
    const { rows } = await database.query<{ person_id: string; department_id: string | null }>(
      'SELECT dp.person_id, p.department_id FROM demo_personas dp JOIN people p ON p.id = dp.person_id WHERE dp.persona_key = $1',
      [key],
    );
    const row = rows[0];
    if (!row?.department_id) throw new Error(`The demo persona "${key}" is missing or has no department: is the demo company seeded?`);
    return { personId: row.person_id, departmentId: row.department_id };
  };
  const employee = await persona('employee');
  const editor = await persona('editor');
  const { rows: newsletters } = await database.query<{ id: string }>(
    'SELECT id FROM newsletters ORDER BY (department_id = $1) DESC, created_at LIMIT 1',
    [editor.departmentId],
  );
  const newsletterId = newsletters[0]?.id;
  if (!newsletterId) throw new Error('No newsletter in the database: is the demo company seeded?');
  const title = `E2E 通知の確認 ${stamp}`;
  const { rows: editions } = await database.query<{ id: string }>(
    `INSERT INTO editions (newsletter_id, author_id, status, title, summary, body_html, audience_kind,
                           audience_department_ids, audience_expanded_ids, must_read, scheduled_at, listed_at)
     VALUES ($1, $2, 'SCHEDULED', $3, '', '<p>e2e</p>', 'DEPARTMENTS', ARRAY[$4]::uuid[], ARRAY[$4]::uuid[], true,
             now() - interval '1 second', now())
     RETURNING id`,
    [newsletterId, editor.personId, title, employee.departmentId],
  );
  const editionId = editions[0]?.id;
  if (!editionId) throw new Error('The edition was not inserted.');

  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', migrate: false, supervise: false, schedule: false, max: 1 });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    await boss.send(PUBLISH_JOB, { editionId });
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
  return { editionId, title, link: `/news/editions/${editionId}`, employeeId: employee.personId };
}

/** Takes away what the test made: the edition (its snapshots and reads go with it) and its notifications. */
async function removeEdition(database: Client, published: Published | undefined): Promise<void> {
  if (!published) return;
  await database.query('DELETE FROM notifications WHERE link = $1', [published.link]);
  await database.query('DELETE FROM editions WHERE id = $1', [published.editionId]);
}

test('notifications: the bell updates live, the panel by keyboard, the page, in Japanese and English', async ({ page }) => {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  let published: Published | undefined;
  try {
    const subscribed = subscriptionStarted(page);
    await signInAsEmployee(page);
    await subscribed;
    // The subscribe frame is on the wire; give the api a moment to register it.
    await page.waitForTimeout(1000);
    const before = await unreadOnBell(page);
    await expect(bell(page)).toHaveAccessibleName(bellLabel(before, 'ja'));
    // Set on this document only: still there afterwards means no reload happened.
    await page.evaluate(() => document.documentElement.setAttribute('data-e2e-document', 'first'));

    published = await publishMustReadForEmployee(database, String(Date.now()));

    // Live: the badge moves without a reload, and the arrival is announced politely.
    await expect(bell(page)).toHaveAccessibleName(bellLabel(before + 1, 'ja'), { timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('data-e2e-document', 'first');
    await expect(page.getByRole('banner').locator('[aria-live="polite"]')).toHaveText(`新しい通知：【必読】${published.title}`);
    await snapshot(page, 'badge-ja');
    await expectAccessible(page, 'the top bar with an unread badge');

    // Keyboard only: Enter opens the panel and focus moves into it; Esc closes it and focus returns.
    await bell(page).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: '通知' });
    await expect(panel).toBeVisible();
    await expect.poll(() => panel.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    const entry = panel.getByRole('link', { name: new RegExp(`^未読・\\s*【必読】${published.title}`) });
    await expect(entry).toBeVisible();
    await expect(panel.getByRole('button', { name: 'すべて既読にする' })).toBeEnabled();
    await expect(panel.getByRole('link', { name: 'すべての通知を見る' })).toBeVisible();
    await snapshot(page, 'panel-ja');
    await expectAccessible(page, 'the open notifications panel');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(bell(page)).toBeFocused();

    // Following the notification marks it read: the badge goes down.
    await page.keyboard.press('Enter');
    await expect(entry).toBeVisible();
    await entry.click();
    // The newsletters app may redirect its older edition address to the current one.
    await expect(page).toHaveURL(new RegExp(`/editions/${published.editionId}`));
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(bell(page)).toHaveAccessibleName(bellLabel(before, 'ja'));
    await expect
      .poll(async () => {
        const { rows } = await database.query<{ read: boolean }>(
          'SELECT read_at IS NOT NULL AS read FROM notifications WHERE link = $1 AND recipient_id = $2',
          [published?.link, published?.employeeId],
        );
        return rows[0]?.read;
      })
      .toBe(true);

    // The full page, from the panel's link.
    await bell(page).click();
    await page.getByRole('dialog', { name: '通知' }).getByRole('link', { name: 'すべての通知を見る' }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('通知');
    await expect(page).toHaveTitle(/通知/);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: new RegExp(`^【必読】${published.title}`) })).toBeVisible();
    await snapshot(page, 'page-ja');
    await expectAccessible(page, 'the notifications page');

    // Unread only: the one just read is not listed.
    await main.getByRole('switch', { name: '未読のみ表示' }).check();
    await expect(page).toHaveURL(/filter=unread/);
    await expect(main.getByRole('link', { name: new RegExp(published.title) })).toHaveCount(0);
    if (before === 0) await expect(main.getByText('未読の通知はありません')).toBeVisible();
    await expectAccessible(page, 'the notifications page, unread only');

    // English.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
    await expect(bell(page)).toHaveAccessibleName(bellLabel(before, 'en'));
    await main.getByRole('switch', { name: 'Unread only' }).uncheck();
    await expect(main.getByRole('link', { name: new RegExp(`^Must-read: ${published.title}`) })).toBeVisible();
    await snapshot(page, 'page-en');
    await expectAccessible(page, 'the notifications page (en)');
    await bell(page).click();
    const panelEn = page.getByRole('dialog', { name: 'Notifications' });
    await expect(panelEn.getByRole('link', { name: new RegExp(`^Must-read: ${published.title}`) })).toBeVisible();
    await expect(panelEn.getByRole('link', { name: 'See all notifications' })).toBeVisible();
    await snapshot(page, 'panel-en');
    await expectAccessible(page, 'the open notifications panel (en)');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '日本語', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('通知');
  } finally {
    await removeEdition(database, published);
    await database.end();
  }
});

test('notifications on a 390 px phone: a full-width drawer, live, mark all as read @phone', async ({ page }) => {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  let published: Published | undefined;
  try {
    const subscribed = subscriptionStarted(page);
    await signInAsEmployee(page);
    await subscribed;
    await page.waitForTimeout(1000);
    const before = await unreadOnBell(page);

    published = await publishMustReadForEmployee(database, String(Date.now()));
    await expect(bell(page)).toHaveAccessibleName(bellLabel(before + 1, 'ja'), { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await bell(page).click();
    const drawer = page.getByRole('dialog', { name: '通知' });
    await expect(drawer).toBeVisible();
    const box = await drawer.boundingBox();
    expect(box?.width).toBeCloseTo(390, 0);
    await expect(drawer.getByRole('link', { name: new RegExp(`^未読・\\s*【必読】${published.title}`) })).toBeVisible();
    await snapshot(page, 'drawer-ja');
    await expectAccessible(page, 'the notifications drawer at 390 px');

    await drawer.getByRole('button', { name: 'すべて既読にする' }).click();
    await expect(drawer.getByRole('link', { name: new RegExp(`^【必読】${published.title}`) })).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'すべて既読にする' })).toBeDisabled();

    // The drawer is modal (the top bar is hidden from assistive technology meanwhile): close it first.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(bell(page)).toBeFocused();
    await expect(bell(page)).toHaveAccessibleName('通知');

    await page.goto('/notifications?filter=unread');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('通知');
    await expect(page.getByRole('main').getByText('未読の通知はありません')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(page, 'page-unread-empty-ja');
    await expectAccessible(page, 'the notifications page at 390 px, nothing unread');
  } finally {
    await removeEdition(database, published);
    await database.end();
  }
});
