import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  failOnPageErrors,
  heading,
  newPerson as newSignedOutPerson,
  screenshots,
  settled,
  signInToNews,
} from './support';

const snapshot = screenshots('stories-');
const pageErrors = failOnPageErrors();
const newPerson = (browser: Browser, testInfo: TestInfo) => newSignedOutPerson(browser, testInfo, pageErrors);

/** Signs in through the dev persona picker, in Japanese, and opens the success stories from the navigation. */
async function signInToStories(page: Page, persona: RegExp): Promise<void> {
  await signInToNews(page, persona);
  const navigation = page.getByRole('navigation', { name: 'メイン' });
  if (!(await navigation.isVisible())) await page.getByRole('button', { name: 'メニューを開く' }).click();
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '成功事例' }).click();
  await expect(page).toHaveURL(/\/stories$/);
  await expect(heading(page)).toHaveText('成功事例');
}

/** The visible result cards of the knowledge base. */
const results = (page: Page) => page.getByRole('list', { name: '検索結果' });

test('stories: an author drafts and submits a story, the reviewer approves it, a reader finds it and finds it helpful', async ({
  page: author,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const title = `鮮魚の出荷検品をタブレットで：三陸水産様の漁港倉庫 ${run}`;
  const titleEn = `Tablet inspections for fresh fish at Sanriku Suisan ${run}`;

  // The author (sales) opens the knowledge base and starts a story.
  await signInToStories(author, /^営業担当/);
  await expect(results(author).getByRole('listitem').first()).toBeVisible();
  await snapshot(author, 'list-ja');
  await expectAccessible(author, 'the knowledge base');
  await author.getByRole('link', { name: '成功事例を書く' }).click();
  await expect(heading(author)).toHaveText('成功事例を書く');
  await expect(author.getByRole('textbox', { name: '課題' })).toBeVisible();

  // Saving without a title names the field.
  await author.getByRole('button', { name: '下書き保存' }).click();
  await expect(author.getByText('入力してください。').first()).toBeVisible();

  await author.getByRole('textbox', { name: 'タイトル', exact: true }).fill(title);
  await author.getByRole('textbox', { name: '英語タイトル' }).fill(titleEn);
  await author.getByRole('textbox', { name: '顧客名' }).fill('三陸水産株式会社');
  await author.getByRole('combobox', { name: '業種' }).selectOption({ label: '物流' });
  await author.getByRole('combobox', { name: '規模（従業員数）' }).selectOption({ label: '100〜999 名' });
  await author.getByRole('combobox', { name: '地域' }).selectOption({ label: '北海道・東北' });
  for (const [section, text] of [
    ['課題', '漁港の倉庫では鮮魚の出荷検品を紙で行っており、記入漏れによる誤出荷が月に 12 件ありました。'],
    ['解決策', '検品をタブレットに置き換え、バーコードで出荷先を照合するようにしました。'],
    ['成果', '誤出荷は月 2 件まで減り、検品にかかる時間も半分になりました。'],
  ] as const) {
    await author.getByRole('textbox', { name: section, exact: true }).click();
    await author.keyboard.type(text);
  }
  await author.getByRole('button', { name: '成果の数値を追加' }).click();
  const outcome = author.getByRole('group', { name: '成果 1' });
  await outcome.getByRole('textbox', { name: '指標' }).fill('誤出荷');
  await outcome.getByRole('textbox', { name: '導入前' }).fill('12');
  await outcome.getByRole('textbox', { name: '導入後' }).fill('２');
  await outcome.getByRole('textbox', { name: '単位' }).fill('件');
  await outcome.getByRole('textbox', { name: '期間' }).fill('導入後 3 か月');
  await author.getByRole('button', { name: '下書き保存' }).click();
  await expect(author.getByText('保存しました。')).toBeVisible();
  await expect(author).toHaveURL(/\/stories\/[^/]+\/edit$/);
  await expect(author.getByText('状態：下書き')).toBeVisible();
  await snapshot(author, 'form-ja');
  await expectAccessible(author, 'the story form');
  await author.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(author)).toHaveText('Edit success story');
  await expect(author.getByRole('textbox', { name: 'Challenge', exact: true })).toBeVisible();
  await expectAccessible(author, 'the story form (en)');
  await author.getByRole('button', { name: '日本語', exact: true }).click();

  // The draft's page: submitted for review to the product manager.
  await author.getByRole('link', { name: '事例ページを開く' }).first().click();
  await expect(heading(author)).toHaveText(title);
  await expect(author.getByText('この成功事例は下書きです。', { exact: false })).toBeVisible();
  await author.getByRole('button', { name: 'レビューに出す' }).click();
  const submit = author.getByRole('dialog', { name: 'レビューに出す' });
  await submit.getByRole('combobox', { name: 'レビュー担当者' }).fill('伊藤');
  await author.getByRole('option', { name: /^伊藤 直樹（プロダクト/ }).click();
  await expect(submit.getByRole('toolbar', { name: 'レビュー担当者：選択済み' })).toContainText('伊藤 直樹');
  await settled(submit);
  await expectAccessible(author, 'the submit dialog');
  await submit.getByRole('button', { name: 'レビューに出す' }).click();
  await expect(author.getByText('レビューに出しました。伊藤 直樹 さんに通知しました。')).toBeVisible();
  await expect(author.getByText('伊藤 直樹 さんのレビューを待っています。')).toBeVisible();
  const storyUrl = new URL(author.url()).pathname;

  // The reviewer finds it waiting under 自分の事例 → レビュー待ち, and approves it.
  const reviewer = await newPerson(browser, testInfo);
  await signInToStories(reviewer.page, /^プロダクトマネージャー/);
  await reviewer.page.getByRole('tab', { name: '自分の事例' }).click();
  await reviewer.page.getByRole('tab', { name: 'レビュー待ち' }).click();
  await expect(reviewer.page).toHaveURL(/view=mine/);
  await reviewer.page.getByRole('list', { name: 'レビュー待ち' }).getByRole('link', { name: title }).click();
  await expect(heading(reviewer.page)).toHaveText(title);
  const review = reviewer.page.getByRole('region', { name: 'レビュー', exact: true });
  await review.getByRole('button', { name: '修正を依頼' }).click();
  await expect(review.getByText('修正を依頼するときは、コメントを入力してください。')).toBeVisible();
  await snapshot(reviewer.page, 'review-ja');
  await expectAccessible(reviewer.page, 'the story page (reviewer)');
  await review.getByRole('button', { name: '承認して公開する' }).click();
  await expect(reviewer.page.getByText('承認しました。成功事例が公開されました。')).toBeVisible();
  await expect(reviewer.page.getByText(/^伊藤 直樹 さんが \d{4}年\d{1,2}月\d{1,2}日 に確認済み/)).toBeVisible();
  await expect(reviewer.page.getByRole('region', { name: 'レビュー', exact: true })).toHaveCount(0);
  await reviewer.context.close();

  // A reader searches with a two-character Japanese word from it: found, the word highlighted.
  const reader = await newPerson(browser, testInfo);
  await signInToStories(reader.page, /^一般社員/);
  const search = reader.page.getByRole('searchbox', { name: 'キーワードで検索' });
  await search.fill('鮮魚');
  await expect(reader.page).toHaveURL(/\?q=%E9%AE%AE%E9%AD%9A$/);
  const found = results(reader.page)
    .getByRole('listitem')
    .filter({ has: reader.page.getByRole('link', { name: title }) });
  await expect(found).toHaveCount(1);
  await expect(found.locator('h2 mark').first()).toHaveText('鮮魚');
  await expect(found.getByText('三陸水産株式会社・物流')).toBeVisible();
  await expect(found.getByRole('list', { name: '成果' })).toHaveText('誤出荷 12 件 → 2 件');
  await expect(reader.page.getByText(/^\d+ 件の成功事例$/)).toBeVisible();

  // …and with an English word of its English title.
  await search.fill('sanriku');
  await expect(reader.page).toHaveURL(/\?q=sanriku$/);
  await expect(results(reader.page).getByRole('link', { name: title })).toBeVisible();

  // Filtered by its industry: kept in the address, the story still there, every result in logistics.
  await search.fill('鮮魚');
  await expect(reader.page).toHaveURL(/\?q=%E9%AE%AE%E9%AD%9A$/);
  const facets = reader.page.getByRole('complementary', { name: '絞り込み' });
  await facets
    .getByRole('group', { name: '業種' })
    .getByRole('checkbox', { name: /^物流（\d+ 件）$/ })
    .check();
  await expect(reader.page).toHaveURL(/industry=LOGISTICS/);
  await expect(results(reader.page).getByRole('link', { name: title })).toBeVisible();
  await expect(facets.getByRole('checkbox', { name: /^物流/ })).toBeChecked();
  await snapshot(reader.page, 'search-ja');
  await expectAccessible(reader.page, 'search results with a filter');
  await reader.page.reload();
  await expect(reader.page.getByRole('searchbox', { name: 'キーワードで検索' })).toHaveValue('鮮魚');
  await expect(facets.getByRole('checkbox', { name: /^物流/ })).toBeChecked();

  // The same results in English.
  await reader.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(reader.page)).toHaveText('Success stories');
  await expect(
    reader.page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Logistics \(\d+\)$/ }),
  ).toBeChecked();
  await expectAccessible(reader.page, 'the knowledge base (en)');
  await reader.page.getByRole('button', { name: '日本語', exact: true }).click();

  // The reader opens it and finds it helpful: the count goes up at once and stays after a reload.
  await results(reader.page).getByRole('link', { name: title }).click();
  await expect(heading(reader.page)).toHaveText(title);
  await expect(reader.page).toHaveURL(new RegExp(`${storyUrl}$`));
  await expect(reader.page.getByRole('region', { name: '成果の数値' })).toContainText('12 件');
  await expect(reader.page.getByRole('region', { name: '課題' })).toContainText('記入漏れによる誤出荷');
  await expect(reader.page.getByText(/^伊藤 直樹 さんが .+ に確認済み/)).toBeVisible();
  const helpful = reader.page.getByRole('button', { name: '参考になった：0 人' });
  await helpful.click();
  await expect(reader.page.getByRole('button', { name: '参考になった：1 人' })).toHaveAttribute('aria-pressed', 'true');
  await snapshot(reader.page, 'story-ja');
  await expectAccessible(reader.page, 'the story page');
  await reader.page.reload();
  await expect(reader.page.getByRole('button', { name: '参考になった：1 人' })).toHaveAttribute('aria-pressed', 'true');
  // Unique viewers: the reader (and the reviewer, who saw it published after approving).
  await expect(reader.page.getByText(/^閲覧 [12] 人$/)).toBeVisible();
  await reader.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(reader.page.getByRole('button', { name: 'Helpful: 1 person' })).toBeVisible();
  await expect(reader.page.getByText(titleEn)).toBeVisible();
  await snapshot(reader.page, 'story-en');
  await expectAccessible(reader.page, 'the story page (en)');
  await reader.page.getByRole('button', { name: '日本語', exact: true }).click();
  await reader.context.close();
});

test('stories: the knowledge base loads no editor code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signInToStories(page, /^一般社員/);
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  expect(scripts.filter((script) => /stories-page/.test(script))).toHaveLength(1);
  expect(scripts.filter((script) => /rich-text-editor|story-editor-page|story-page/.test(script))).toEqual([]);
});

test('stories on a 390 px phone @phone', async ({ page }) => {
  await signInToStories(page, /^一般社員/);
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the knowledge base at 390 px');
  await snapshot(page, 'list-ja');
  await expectAccessible(page, 'the knowledge base at 390 px');

  // The facets wait behind a filter button.
  await expect(page.getByRole('complementary', { name: '絞り込み' })).toHaveCount(0);
  await page.getByRole('button', { name: '絞り込み', exact: true }).tap();
  const drawer = page.getByRole('dialog', { name: '絞り込み' });
  await settled(drawer);
  await drawer.getByRole('group', { name: '成果' }).getByRole('checkbox').check();
  await expect(page).toHaveURL(/outcomes=1/);
  await expectNoSidewaysScroll(page, 'the filters at 390 px');
  await snapshot(page, 'filters-ja');
  await expectAccessible(page, 'the filters at 390 px');
  await drawer.getByRole('button', { name: '結果を表示' }).tap();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('button', { name: '絞り込み（1）' })).toBeVisible();

  const first = results(page).getByRole('listitem').first();
  await first.getByRole('heading', { level: 2 }).getByRole('link').tap();
  await expect(page).toHaveURL(/\/stories\/[^/]+$/);
  await expect(page.getByRole('group', { name: 'この事例への反応' })).toBeVisible();
  await expect(page.getByRole('region', { name: '課題' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'a story at 390 px');
  await snapshot(page, 'story-ja');
  await expectAccessible(page, 'a story at 390 px');
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  await expect(page.getByRole('group', { name: 'Your response to this story' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'a story at 390 px (en)');
  await expectAccessible(page, 'a story at 390 px (en)');
  await page.getByRole('button', { name: '日本語', exact: true }).tap();
});
