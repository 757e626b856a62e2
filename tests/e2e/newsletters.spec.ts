import { expect, test, type Browser, type TestInfo } from '@playwright/test';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  expectOnScreen,
  failOnPageErrors,
  heading,
  newPerson as newSignedOutPerson,
  screenshots,
  settled,
  signInToNews as signIn,
} from './support';

const snapshot = screenshots('newsletters-');
const pageErrors = failOnPageErrors();
const newPerson = (browser: Browser, testInfo: TestInfo) => newSignedOutPerson(browser, testInfo, pageErrors);

/** `datetime-local` text in Japan time, some hours from now. */
function japanTimeFromNow(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000 + 9 * 3_600_000).toISOString().slice(0, 16);
}

test('newsletters: an editor publishes a must-read to one department; a reader reacts, comments and acknowledges', async ({
  page: editor,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const title = `【必読】開発部向けセキュリティ研修のお知らせ ${Date.now().toString(36)}`;

  // The editor drafts an edition of the company newsletter, for 開発部 only.
  await signIn(editor, /^部門編集者/);
  await expectAccessible(editor, 'the feed (editor)');
  await editor.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'ニュースレター' }).click();
  await editor.getByRole('link', { name: 'ニュースレターを探す' }).click();
  await expect(heading(editor)).toHaveText('ニュースレター一覧');
  await expect(editor.getByRole('switch', { name: '週間ダイジェストを受け取る' })).toBeVisible();
  await snapshot(editor, 'directory-ja');
  await expectAccessible(editor, 'the newsletters directory');
  await editor.getByRole('link', { name: '社内報「かけはし」' }).click();
  await expect(heading(editor)).toHaveText('社内報「かけはし」');
  await expectAccessible(editor, 'a newsletter page');
  await editor.getByRole('link', { name: '新しい号を作成' }).click();
  await expect(heading(editor)).toHaveText('新しい号');

  // Saving without a title names the field.
  await editor.getByRole('button', { name: '下書き保存' }).click();
  await expect(editor.getByText('入力してください。').first()).toBeVisible();

  await editor.getByRole('textbox', { name: 'タイトル' }).fill(title);
  await editor.getByRole('textbox', { name: '概要' }).fill('12月中に全員の受講をお願いします。所要時間は約30分です。');
  const body = editor.getByRole('textbox', { name: '本文' });
  await body.click();
  await editor.keyboard.type('年末までにセキュリティ研修を受講してください。');
  await editor.getByRole('radio', { name: '部門を選ぶ' }).check();
  await editor.getByRole('combobox', { name: '配信先の部門' }).click();
  // Fluent's multiselect combobox lists its options as checkable menu items.
  await editor.getByRole('menuitemcheckbox', { name: '開発部', exact: true }).click();
  await editor.keyboard.press('Escape');
  await editor.getByRole('checkbox', { name: '必読にする' }).check();
  await editor.getByRole('checkbox', { name: 'フィードの先頭にピン留めする' }).check();
  await editor.getByLabel('ピン留めの期限').fill(japanTimeFromNow(48));
  await editor.getByRole('button', { name: '下書き保存' }).click();
  await expect(editor.getByText('保存しました。')).toBeVisible();
  await expect(editor).toHaveURL(/\/news\/editions\/[^/]+\/edit$/);
  await snapshot(editor, 'editor-ja');
  await expectAccessible(editor, 'the edition editor');

  // Preview as a reader sees it.
  await editor.getByRole('button', { name: 'プレビュー' }).click();
  const preview = editor.getByRole('dialog', { name: '読者に表示される内容' });
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await expect(preview.getByText('年末までにセキュリティ研修を受講してください。')).toBeVisible();
  await expectAccessible(editor, 'the preview');
  await preview.getByRole('button', { name: 'プレビューを閉じる' }).click();

  // Schedule, then publish now after all.
  await editor.getByLabel('公開日時').fill(japanTimeFromNow(24));
  await editor.getByRole('button', { name: '公開を予約' }).click();
  await expect(editor.getByText(/に公開を予約しました。/)).toBeVisible();
  await expect(editor.getByText('状態：予約済み')).toBeVisible();
  await editor.getByRole('button', { name: '今すぐ公開' }).click();
  await editor.getByRole('dialog').getByRole('button', { name: '公開する' }).click();
  await expect(editor).toHaveURL(/\/news\/editions\/[^/]+$/);
  await expect(heading(editor)).toHaveText(title);
  const editionUrl = new URL(editor.url()).pathname;

  // A reader in 開発部 finds it at the top of the feed, must-read and unread.
  const reader = await newPerson(browser, testInfo);
  await signIn(reader.page, /^一般社員/);
  const first = reader.page.getByRole('list', { name: '届いているニュースレター' }).getByRole('listitem').first();
  await expect(first.getByRole('heading', { name: title })).toBeVisible();
  await expect(first.getByText('必読', { exact: true })).toBeVisible();
  await expect(first.getByText('未読', { exact: true })).toBeVisible();
  await snapshot(reader.page, 'feed-ja');
  await expectAccessible(reader.page, 'the feed (reader)');
  await first.getByRole('link', { name: title }).click();
  await expect(heading(reader.page)).toHaveText(title);

  // A second page of the same reader sees the reaction count change live.
  const second = await reader.context.newPage();
  pageErrors.watch(second);
  await second.goto(editionUrl);
  await expect(second.getByRole('button', { name: /^いいね：0 人$/ })).toBeVisible();
  await reader.page.getByRole('button', { name: /^いいね：/ }).click();
  await expect(reader.page.getByRole('button', { name: 'いいね：1 人' })).toHaveAttribute('aria-pressed', 'true');
  await expect(second.getByRole('button', { name: 'いいね：1 人' })).toBeVisible();

  // The count opens who reacted: the reader themself, linked to their profile.
  await reader.page.getByRole('button', { name: '「いいね」でリアクションした人を表示（1 人）' }).click();
  const reactors = reader.page.getByRole('dialog', { name: '「いいね」でリアクションした人' });
  await expect(reactors.getByRole('link', { name: '佐藤 翔太' })).toHaveAttribute('href', /\/people\/[^/]+$/);
  await settled(reactors);
  await expectAccessible(reader.page, 'who reacted');
  await reader.page.keyboard.press('Escape');
  await expect(reactors).toBeHidden();

  // A comment with a mention of a colleague in 開発部.
  await reader.page.getByRole('textbox', { name: 'コメントを書く' }).fill('受講しました。とても参考になりました。');
  const mention = reader.page.getByRole('combobox', { name: 'メンション' }).first();
  await mention.fill('佐藤');
  const colleague = reader.page.getByRole('option', { name: /（開発部）/ }).first();
  const colleagueName = ((await colleague.innerText()).split('（')[0] ?? '').trim();
  await colleague.click();
  await expect(reader.page.getByRole('textbox', { name: 'コメントを書く' })).toHaveValue(new RegExp(`@${colleagueName}`));
  await reader.page.getByRole('button', { name: '投稿する' }).dblclick();
  const comments = reader.page.getByRole('region', { name: /^コメント/ });
  await expect(comments.getByText(`@${colleagueName}`)).toHaveCount(1);
  await expect(comments.getByRole('heading', { name: 'コメント（1 件）' })).toBeVisible();

  // Acknowledge: optimistic, and kept after a reload.
  await reader.page.getByRole('button', { name: '確認しました' }).click();
  await expect(reader.page.getByText(/に確認しました$/)).toBeVisible();
  await snapshot(reader.page, 'edition-ja');
  await expectAccessible(reader.page, 'the edition page (reader)');
  await reader.page.reload();
  await expect(reader.page.getByText(/に確認しました$/)).toBeVisible();

  // The same page in English.
  await reader.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(reader.page.getByRole('button', { name: /^Like: 1/ })).toBeVisible();
  await expect(reader.page.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();
  await snapshot(reader.page, 'edition-en');
  await expectAccessible(reader.page, 'the edition page (en)');
  await reader.page.getByRole('link', { name: 'Newsletters' }).first().click();
  await expect(heading(reader.page)).toHaveText('Newsletters');
  await expectAccessible(reader.page, 'the feed (en)');
  await reader.page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(reader.page)).toHaveText('ニュースレター');

  // The editor sees the read and the acknowledgement in the analytics.
  await editor.reload();
  const analytics = editor.getByRole('region', { name: '分析' });
  await expect(analytics.getByRole('group', { name: '確認率' })).toContainText(/^確認率\s*\d+%\s*1 \/ \d+ 人/);
  await expect(analytics.getByRole('group', { name: '開封率' })).toContainText(/1 \/ \d+ 人/);
  await expect(analytics.getByRole('group', { name: '既読率' })).toContainText(/1 \/ \d+ 人/);
  await analytics.getByRole('tab', { name: '確認済みの人' }).click();
  await expect(analytics.getByRole('list', { name: '確認済みの人' })).toContainText('佐藤 翔太');
  await analytics.getByRole('button', { name: 'リマインドを送る' }).click();
  await expect(analytics.getByText(/人にリマインドを送りました。/)).toBeVisible();
  await analytics.getByRole('button', { name: 'リマインドを送る' }).click();
  await expect(analytics.getByText(/リマインドは 24 時間に 1 回までです。次は .+ から送れます。/)).toBeVisible();
  await snapshot(editor, 'analytics-ja');
  await expectAccessible(editor, 'the edition analytics');
  await editor.getByRole('button', { name: 'English', exact: true }).click();
  await expect(editor.getByRole('region', { name: 'Analytics' }).getByRole('group', { name: 'Read rate' })).toContainText(
    /1 of \d+ people/,
  );
  await expectAccessible(editor, 'the edition analytics (en)');
  await editor.getByRole('button', { name: '日本語', exact: true }).click();

  // The editor corrects the published title; leaving before saving asks first.
  const revisedTitle = `${title}（改訂）`;
  await editor.getByRole('link', { name: '編集する', exact: true }).click();
  await expect(heading(editor)).toHaveText('号を編集');
  await editor.getByRole('textbox', { name: 'タイトル' }).fill(revisedTitle);
  await editor.getByRole('link', { name: '読者の表示で開く' }).click();
  const leave = editor.getByRole('alertdialog', { name: '変更が保存されていません' });
  await expect(leave).toBeVisible();
  await settled(leave);
  await expectAccessible(editor, 'the unsaved-changes warning');
  await leave.getByRole('button', { name: '編集を続ける' }).click();
  await expect(leave).toBeHidden();
  await expect(editor).toHaveURL(/\/edit$/);
  await expect(editor.getByRole('textbox', { name: 'タイトル' })).toHaveValue(revisedTitle);
  await editor.getByRole('button', { name: '変更を保存' }).click();
  await expect(editor.getByText('保存しました。')).toBeVisible();
  // Saved: leaving no longer asks.
  await editor.getByRole('link', { name: '読者の表示で開く' }).click();
  await expect(heading(editor)).toHaveText(revisedTitle);
  await expect(leave).toHaveCount(0);

  // The editor's version history keeps the content before the edit.
  const history = editor.getByRole('region', { name: '更新履歴' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByRole('button', { name: /^第 \d+ 版（.+ まで）を表示$/ }).click();
  const earlier = editor.getByRole('dialog', { name: /^第 \d+ 版（.+ まで）$/ });
  await expect(earlier.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await expect(earlier.getByText('年末までにセキュリティ研修を受講してください。')).toBeVisible();
  await settled(earlier);
  await snapshot(editor, 'version-ja');
  await expectAccessible(editor, 'an earlier version');
  await earlier.getByRole('button', { name: '閉じる' }).click();
  await expect(earlier).toBeHidden();

  // The reader sees that it was updated, and when; readers get no version history.
  const updatedCard = reader.page.getByRole('list', { name: '届いているニュースレター' }).getByRole('listitem').first();
  await reader.page.reload();
  await expect(updatedCard.getByRole('heading', { name: revisedTitle })).toBeVisible();
  await expect(updatedCard.getByText('更新あり', { exact: true })).toBeVisible();
  await updatedCard.getByRole('link', { name: revisedTitle }).click();
  await expect(heading(reader.page)).toHaveText(revisedTitle);
  await expect(reader.page.getByRole('article').getByText('更新あり', { exact: true })).toBeVisible();
  await expect(reader.page.getByRole('article').getByText(/ に更新$/)).toBeVisible();
  await expect(reader.page.getByRole('region', { name: '更新履歴' })).toHaveCount(0);

  // The newsletter's analytics over time: tiles, the trend chart and the table, in both languages.
  await editor.getByRole('article').getByRole('link', { name: '社内報「かけはし」' }).click();
  await expect(heading(editor)).toHaveText('社内報「かけはし」');
  await editor.getByRole('link', { name: '分析', exact: true }).click();
  await expect(editor).toHaveURL(/\/news\/newsletters\/[^/]+\/analytics$/);
  await expect(heading(editor)).toHaveText('社内報「かけはし」 の分析');
  await expect(editor.getByRole('group', { name: '開封率' })).toContainText(/\d+%/);
  await expect(editor.getByRole('group', { name: '既読率' })).toContainText(/\d+%/);
  await expect(editor.getByRole('group', { name: 'リアクション率' })).toContainText(/\d+%/);
  const trend = editor.getByRole('region', { name: '開封率・既読率・リアクション率の推移' });
  await expect(trend.locator('svg[aria-label^="開封率・既読率・リアクション率の推移"]')).toBeVisible();
  await expect(editor.getByRole('region', { name: '号ごとの数値' }).getByRole('row').nth(1)).toBeVisible();
  // The company-wide newsletter's readers by department over the range (audiences summed: 延べ).
  const departments = editor.getByRole('region', { name: '期間中の部門別の開封率・既読率' });
  await expect(departments.getByRole('table')).toContainText('東日本営業部');
  await expect(departments.getByRole('columnheader', { name: '配信先（延べ人数）' })).toBeAttached();
  await snapshot(editor, 'newsletter-analytics-ja');
  await expectAccessible(editor, 'the newsletter analytics');
  await editor.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(editor)).toHaveText('Analytics: Kakehashi Company News');
  await expect(editor.getByRole('group', { name: 'Read rate' })).toContainText(/\d+%/);
  await expect(
    editor.getByRole('region', { name: 'Reach, read rate and reaction rate over time' }).locator('svg[aria-label]'),
  ).toBeVisible();
  await expect(editor.getByRole('region', { name: 'Reach and read rate by department over the range' }).getByRole('table')).toContainText(
    'East Japan Sales',
  );
  await snapshot(editor, 'newsletter-analytics-en');
  await expectAccessible(editor, 'the newsletter analytics (en)');
  await editor.getByRole('button', { name: '日本語', exact: true }).click();

  await reader.context.close();
});

test('newsletters: the feed loads no editor, chart or directory code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signIn(page, /^部門編集者/);
  await expect(page.getByRole('list', { name: '届いているニュースレター' }).getByRole('listitem').first()).toBeVisible();
  // Each route's code is its own chunk, named after its module: the feed's is here, the others not yet.
  expect(scripts.filter((script) => /feed-page/.test(script))).toHaveLength(1);
  const notYet =
    /rich-text-editor|edition-editor-page|rate-trend-chart|department-breakdown-chart|analytics-page|people-page|person-page|departments?-page|my-profile-page|notifications-page/;
  expect(scripts.filter((script) => notYet.test(script))).toEqual([]);
});

test('newsletters: the feed shows only what I have not opened, kept in the address', async ({ page }) => {
  await signIn(page, /^一般社員/);
  const list = page.getByRole('list', { name: '届いているニュースレター' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const unreadOnly = page.getByRole('switch', { name: '未読のみ表示' });
  await unreadOnly.click();
  await expect(page).toHaveURL(/\/news\?filter=unread$/);
  const cards = list.getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  for (let i = 0; i < count; i += 1) await expect(cards.nth(i).getByText('未読', { exact: true })).toBeVisible();
  await snapshot(page, 'feed-unread-ja');
  await expectAccessible(page, 'the feed, unread only');

  // Opening one takes it off the list when I come back; a reload keeps the switch.
  const link = cards.first().getByRole('heading', { level: 2 }).getByRole('link');
  const title = (await link.textContent())!;
  await link.click();
  await expect(heading(page)).toHaveText(title);
  await page.goBack();
  await expect(page).toHaveURL(/\/news\?filter=unread$/);
  await expect(list.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await page.reload();
  await expect(unreadOnly).toBeChecked();
  await expect(list.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await unreadOnly.click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(list.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('newsletters on a 390 px phone @phone', async ({ page }) => {
  await signIn(page, /^一般社員/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snapshot(page, 'feed-ja');
  await expectAccessible(page, 'the feed at 390 px');
  const first = page.getByRole('list', { name: '届いているニュースレター' }).getByRole('listitem').first();
  await first.getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page).toHaveURL(/\/news\/editions\/[^/]+$/);
  await expect(page.getByRole('group', { name: 'リアクション' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snapshot(page, 'edition-ja');
  await expectAccessible(page, 'an edition at 390 px');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Reactions' })).toBeVisible();
  await expectAccessible(page, 'an edition at 390 px (en)');
  await page.getByRole('button', { name: '日本語', exact: true }).click();
});

test('newsletters on a 390 px phone: who reacted and the version history @phone', async ({ page }) => {
  test.setTimeout(180_000);
  const title = `スマートフォンで確認する社内報の号 ${Date.now().toString(36)}`;
  const body = '各部門の取り組みを、移動中でも読めるようにまとめました。';

  // The editor publishes an edition of their own at phone width.
  await signIn(page, /^部門編集者/);
  await page.goto('/news/newsletters');
  await page.getByRole('link', { name: '社内報「かけはし」' }).tap();
  await page.getByRole('link', { name: '新しい号を作成' }).tap();
  await expect(heading(page)).toHaveText('新しい号');
  await page.getByRole('textbox', { name: 'タイトル' }).fill(title);
  await page.getByRole('textbox', { name: '本文' }).tap();
  await page.keyboard.type(body);
  await page.getByRole('button', { name: '下書き保存' }).tap();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await expect(page).toHaveURL(/\/news\/editions\/[^/]+\/edit$/);
  await page.getByRole('button', { name: '今すぐ公開' }).tap();
  await page.getByRole('dialog').getByRole('button', { name: '公開する' }).tap();
  await expect(page).toHaveURL(/\/news\/editions\/[^/]+$/);
  await expect(heading(page)).toHaveText(title);

  // Who reacted: opened by touch from the reaction bar, on screen whole, closed by touch.
  await page.getByRole('button', { name: /^いいね：0 人$/ }).tap();
  await expect(page.getByRole('button', { name: 'いいね：1 人' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '「いいね」でリアクションした人を表示（1 人）' }).tap();
  const reactors = page.getByRole('dialog', { name: '「いいね」でリアクションした人' });
  await expect(reactors.getByRole('link', { name: '中村 美咲' })).toHaveAttribute('href', /\/people\/[^/]+$/);
  await settled(reactors);
  await expectNoSidewaysScroll(page, 'who reacted at 390 px');
  await expectOnScreen('who reacted at 390 px', reactors);
  await snapshot(page, 'reactors-ja');
  await expectAccessible(page, 'who reacted at 390 px');
  await reactors.getByRole('button', { name: '閉じる' }).tap();
  await expect(reactors).toBeHidden();

  // The editor corrects the title: the version history keeps what it said, and who changed it.
  const revisedTitle = `${title}（改訂）`;
  await page.getByRole('link', { name: '編集する', exact: true }).tap();
  await expect(heading(page)).toHaveText('号を編集');
  await page.getByRole('textbox', { name: 'タイトル' }).fill(revisedTitle);
  await page.getByRole('button', { name: '変更を保存' }).tap();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await page.getByRole('link', { name: '読者の表示で開く' }).tap();
  await expect(heading(page)).toHaveText(revisedTitle);

  const history = page.getByRole('region', { name: '更新履歴' });
  const earlierVersion = history.getByRole('listitem');
  await expect(earlierVersion).toHaveCount(1);
  await expect(earlierVersion).toContainText(title);
  await expect(earlierVersion.getByText(/^\d{4}年.+ に 中村 美咲 さんが更新するまでの内容$/)).toBeVisible();
  await history.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, 'the version history at 390 px');
  await expectOnScreen('the version history at 390 px', history, earlierVersion);
  await expectAccessible(page, 'the version history at 390 px');
  await history.getByRole('button', { name: /^第 \d+ 版（.+ まで）を表示$/ }).tap();
  const earlier = page.getByRole('dialog', { name: /^第 \d+ 版（.+ まで）$/ });
  await expect(earlier.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await expect(earlier.getByText(body)).toBeVisible();
  await settled(earlier);
  await expectNoSidewaysScroll(page, 'an earlier version at 390 px');
  await expectOnScreen('an earlier version at 390 px', earlier);
  await snapshot(page, 'version-ja');
  await expectAccessible(page, 'an earlier version at 390 px');
  await earlier.getByRole('button', { name: '閉じる' }).tap();
  await expect(earlier).toBeHidden();

  // The same in English, whose longer words (and the analytics panel's screen-reader tables) must fit too.
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  const historyEn = page.getByRole('region', { name: 'Version history' });
  await expect(historyEn.getByRole('listitem').getByText(/^Content until Misaki Nakamura edited it on .+$/)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the edition page at 390 px (en)');
  await expectOnScreen('the version history at 390 px (en)', historyEn, historyEn.getByRole('listitem'));
  await page.getByRole('button', { name: 'Show who reacted with Like (1 person)' }).tap();
  const reactorsEn = page.getByRole('dialog', { name: 'Reacted with Like' });
  await expect(reactorsEn.getByRole('link', { name: 'Misaki Nakamura' })).toBeVisible();
  await settled(reactorsEn);
  await expectNoSidewaysScroll(page, 'who reacted at 390 px (en)');
  await expectOnScreen('who reacted at 390 px (en)', reactorsEn);
  await expectAccessible(page, 'who reacted at 390 px (en)');
  await reactorsEn.getByRole('button', { name: 'Close' }).tap();
  await expect(reactorsEn).toBeHidden();
  await page.getByRole('button', { name: '日本語', exact: true }).tap();
});
