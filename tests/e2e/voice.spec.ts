import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { Client } from 'pg';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  expectOnScreen,
  failOnPageErrors,
  heading,
  newPerson as newSignedOutPerson,
  screenshots,
  settled,
  signInToNews,
} from './support';

const snapshot = screenshots('voice-');
const pageErrors = failOnPageErrors();
const newPerson = (browser: Browser, testInfo: TestInfo) => newSignedOutPerson(browser, testInfo, pageErrors);

// The database of the server under test: DATABASE_URL as the webServer inherits it, else
// the embedded cluster that `node tools/start.mjs` runs (its fixed loopback credentials).
const databaseUrl =
  process.env['DATABASE_URL'] ??
  `postgres://postgres:kakehashi-embedded@127.0.0.1:${process.env['EMBEDDED_POSTGRES_PORT'] ?? '54329'}/kakehashi`;

/**
 * A product area to file against, by its Japanese name. The test leans on no voice demo data:
 * an active area is used when there is one, otherwise one is added (areas are admin settings,
 * not tickets).
 */
async function productAreaName(): Promise<string> {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    const { rows } = await database.query<{ name_ja: string }>(
      'SELECT name_ja FROM product_areas WHERE active ORDER BY sort_order, key LIMIT 1',
    );
    if (rows[0]) return rows[0].name_ja;
    await database.query(
      `INSERT INTO product_areas (key, name_ja, name_en, sort_order) VALUES ('e2e-billing', '請求・会計', 'Billing', 0) ON CONFLICT (key) DO NOTHING`,
    );
    return '請求・会計';
  } finally {
    await database.end();
  }
}

// The api accepts only the web client's own documents (trusted documents): setup sends those,
// word for word, from codegen's manifest.
const manifest = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../libs/client/platform/src/gql/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

function clientDocument(operation: string): string {
  const text = Object.values(manifest).find((candidate) => new RegExp(`\\b(query|mutation) ${operation}\\b`).test(candidate));
  if (!text) throw new Error(`The web client has no operation ${operation}`);
  return text;
}

/** Runs one of the client's operations as the page's signed-in person; fails the test on any error. */
async function graphql<T>(page: Page, operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { operationName: operation, query: clientDocument(operation), variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, `${operation} answered with errors`).toBeUndefined();
  return body.data as T;
}

/** Letters only: a word the Japanese/English search reads as one token. */
const runWord = (): string =>
  Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26)))
    .join('')
    .toUpperCase();

/** Opens 顧客の声 from the navigation (in the menu on a phone). */
async function openVoice(page: Page): Promise<void> {
  const navigation = page.getByRole('navigation', { name: 'メイン' });
  if (!(await navigation.isVisible())) await page.getByRole('button', { name: 'メニューを開く' }).click();
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '顧客の声' }).click();
}

async function openFileForm(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '顧客の声のページ' }).getByRole('link', { name: '起票' }).click();
  await expect(page).toHaveURL(/\/voice\/new$/);
  await expect(heading(page)).toHaveText('顧客の声を起票');
}

interface Customer {
  account: string;
  segment: string;
  value: string;
  role: string;
  channel: string;
  reference?: string;
}

async function fillCustomer(page: Page, customer: Customer): Promise<void> {
  await page.getByRole('textbox', { name: '顧客企業名' }).fill(customer.account);
  await page.getByRole('combobox', { name: 'セグメント' }).selectOption({ label: customer.segment });
  await page.getByRole('textbox', { name: '年間契約額（円・任意）' }).fill(customer.value);
  await page.getByRole('textbox', { name: '先方の役職・部署（任意）' }).fill(customer.role);
  await page.getByRole('combobox', { name: 'チャネル' }).selectOption({ label: customer.channel });
  if (customer.reference) await page.getByRole('textbox', { name: '外部参照（任意）' }).fill(customer.reference);
}

async function fillVoice(page: Page, verbatim: string, summary: string): Promise<void> {
  await page.getByRole('textbox', { name: '顧客の言葉（原文のまま）' }).fill(verbatim);
  await page.getByRole('textbox', { name: '要約', exact: true }).fill(summary);
}

async function classify(page: Page, area: string, category = '不具合', impact = '解約リスク'): Promise<void> {
  await page.getByRole('combobox', { name: 'カテゴリー' }).selectOption({ label: category });
  await page.getByRole('combobox', { name: '影響' }).selectOption({ label: impact });
  await page.getByRole('combobox', { name: 'プロダクト領域' }).selectOption({ label: area });
}

/** Files through the form; returns the new ticket's code and address. */
async function fileTicket(page: Page, summary: string): Promise<{ code: string; path: string }> {
  await page.getByRole('button', { name: '起票する' }).click();
  const notice = page.getByText(/^VOC-\d+ を起票しました。/);
  await expect(notice).toBeVisible();
  await expect(heading(page)).toHaveText(summary);
  const code = /VOC-\d+/.exec((await notice.textContent()) ?? '')?.[0] ?? '';
  return { code, path: new URL(page.url()).pathname };
}

/** The figure under a term on the ticket page (顧客数 → 2). */
const figure = (page: Page, term: string): Locator =>
  page
    .getByRole('region', { name: /^(影響の大きさ|What is at stake)$/ })
    .locator('div', { has: page.getByText(term, { exact: true }) })
    .locator('dd');

const bell = (page: Page): Locator => page.getByRole('banner').getByRole('button', { name: /^(通知|Notifications)/ });

test('voice: support adds a voice to a similar ticket; product merges a duplicate, plans it and replies; the agent hears of it', async ({
  page: sales,
  browser,
}, testInfo) => {
  test.setTimeout(420_000);
  const word = runWord();
  const area = await productAreaName();
  const summaryA = `CSV出力で請求書の明細が文字化けする ${word}`;
  const summaryB = `請求書のCSV出力が文字化けして明細が読めない ${word}`;
  const reply = `ご報告ありがとうございます。次のリリースで CSV の文字コードを選べるようにします（${word}）。`;

  // 1. Sales files ticket A in Japanese, through the form.
  await signInToNews(sales, /^営業担当/);
  await openVoice(sales);
  await expect(sales).toHaveURL(/\/voice\/mine$/);
  await expect(heading(sales)).toHaveText('マイチケット');
  // Not a triager: no inbox tab.
  await expect(sales.getByRole('navigation', { name: '顧客の声のページ' }).getByRole('link', { name: 'トリアージ' })).toHaveCount(0);
  await openFileForm(sales);

  // Nothing filled in: each required field says so, and nothing is filed.
  await sales.getByRole('button', { name: '起票する' }).click();
  await expect(sales.getByText('入力してください。')).toHaveCount(3);
  await expect(sales.getByText('選択してください。')).toHaveCount(5);
  await fillCustomer(sales, {
    account: `株式会社みなと物流 ${word}`,
    segment: 'エンタープライズ',
    value: '１２,０００,０００',
    role: '経理部 課長',
    channel: '商談',
    reference: `OPP-${word}`,
  });
  await expect(sales.getByText('￥12,000,000 として記録します。')).toBeVisible();
  await fillVoice(
    sales,
    '請求書の明細をCSVで出力すると、Excelで開いたときに品名が文字化けします。毎月手で直していて、経理の締めが一日遅れています。',
    summaryA,
  );
  await classify(sales, area);
  await snapshot(sales, 'form-ja');
  await expectAccessible(sales, 'the filing form');
  const ticketA = await fileTicket(sales, summaryA);
  expect(ticketA.code).toMatch(/^VOC-\d+$/);
  await expect(figure(sales, '顧客数')).toHaveText('1');
  await expect(figure(sales, '影響額（年間契約額の合計）')).toHaveText('￥12,000,000');
  // The draft was cleared with the filing: the form starts empty again.
  await openFileForm(sales);
  await expect(sales.getByRole('textbox', { name: '要約', exact: true })).toHaveValue('');

  // 2. Support starts to file the same problem, sees A suggested, and adds their customer's voice to it instead.
  const support = await newPerson(browser, testInfo);
  await signInToNews(support.page, /^サポート担当/);
  await openVoice(support.page);
  await openFileForm(support.page);
  await fillVoice(
    support.page,
    'CSVをダウンロードすると明細の文字が化けてしまい、取引先に送れません。Shift_JISで出してもらえませんか。',
    `請求書のCSV出力で明細が文字化けします ${word}`,
  );
  const suggestions = support.page.getByRole('region', { name: '似ているチケット' });
  const suggestionA = suggestions.getByRole('listitem').filter({ hasText: ticketA.code });
  await expect(suggestionA).toBeVisible({ timeout: 20_000 });
  await expect(suggestionA.locator('mark').first()).toBeVisible();
  await expect(suggestionA).toContainText('顧客 1 社');
  // Adding needs the customer: the form says which fields.
  await suggestionA.getByRole('button', { name: 'この顧客の声を追加' }).click();
  await expect(
    support.page.getByText('顧客の声を追加するには、顧客企業名・セグメント・チャネル・顧客の言葉を入力してください。'),
  ).toBeVisible();
  await fillCustomer(support.page, {
    account: `北斗メディカル株式会社 ${word}`,
    segment: '中堅',
    value: '3600000',
    role: '医事課 主任',
    channel: 'サポート問い合わせ',
  });
  await snapshot(support.page, 'form-suggestions-ja');
  await expectAccessible(support.page, 'the filing form with suggestions');
  await suggestionA.getByRole('button', { name: 'この顧客の声を追加' }).click();
  await expect(support.page.getByText(`${ticketA.code} にこの顧客の声を追加しました。`)).toBeVisible();
  await expect(support.page).toHaveURL(new RegExp(`${ticketA.path}$`));
  await expect(heading(support.page)).toHaveText(summaryA);
  await expect(figure(support.page, '顧客数')).toHaveText('2');
  await expect(figure(support.page, '影響額（年間契約額の合計）')).toHaveText('￥15,600,000');
  const voices = support.page.getByRole('region', { name: '顧客の声（2 件）' });
  await expect(voices.getByRole('heading', { name: `株式会社みなと物流 ${word}` })).toBeVisible();
  await expect(voices.getByRole('heading', { name: `北斗メディカル株式会社 ${word}` })).toBeVisible();
  await expect(voices).toContainText('Shift_JISで出してもらえませんか。');

  // 3. Support files a duplicate B the ordinary way, for another customer.
  await openFileForm(support.page);
  await fillCustomer(support.page, {
    account: `さくら市役所 ${word}`,
    segment: '中小',
    value: '',
    role: '財政課',
    channel: 'アンケート',
  });
  await fillVoice(support.page, '請求書CSVの明細が文字化けして読めません。', summaryB);
  await classify(support.page, area, '不具合', '業務の支障');
  const ticketB = await fileTicket(support.page, summaryB);

  // 4. Product opens the inbox, finds B, merges it into A, plans A and replies.
  const product = await newPerson(browser, testInfo);
  await signInToNews(product.page, /^プロダクトマネージャー/);
  await openVoice(product.page);
  await expect(product.page).toHaveURL(/\/voice\/inbox$/);
  await expect(heading(product.page)).toHaveText('トリアージ');
  await expect(product.page.getByRole('tab', { name: /^未完了（\d+）$/ })).toHaveAttribute('aria-selected', 'true');
  await product.page.getByRole('searchbox', { name: '検索' }).fill(word);
  await expect(product.page).toHaveURL(new RegExp(`q=${word}`));
  const rowB = product.page.getByRole('row').filter({ has: product.page.getByRole('link', { name: summaryB }) });
  await expect(rowB).toBeVisible();
  await expect(rowB).toContainText(ticketB.code);
  await snapshot(product.page, 'inbox-ja');
  await expectAccessible(product.page, 'the triage inbox');
  // Product reads A first: when the merge lands there, A's page is already cached and must still say what happened.
  const rowA = product.page.getByRole('row').filter({ has: product.page.getByRole('link', { name: summaryA }) });
  await rowA.getByRole('link', { name: summaryA }).click();
  await expect(heading(product.page)).toHaveText(summaryA);
  await product.page.goBack();
  await expect(heading(product.page)).toHaveText('トリアージ');
  await rowB.getByRole('link', { name: summaryB }).click();
  await expect(heading(product.page)).toHaveText(summaryB);

  const triage = product.page.getByRole('region', { name: 'トリアージ', exact: true });
  await triage.getByRole('button', { name: '統合' }).click();
  const mergeDialog = product.page.getByRole('dialog', { name: `${ticketB.code} を統合` });
  await expect(mergeDialog).toBeVisible();
  const optionA = mergeDialog.getByRole('radio', { name: new RegExp(`^${ticketA.code} `) });
  await expect(optionA).toBeVisible({ timeout: 20_000 });
  await optionA.check();
  await expect(mergeDialog.getByText(`${ticketB.code} を ${ticketA.code} に統合します。`)).toBeVisible();
  await settled(mergeDialog);
  await expectAccessible(product.page, 'the merge dialog');
  await mergeDialog.getByRole('button', { name: '統合する' }).click();
  await expect(product.page.getByText(`${ticketB.code} を ${ticketA.code} に統合しました。`)).toBeVisible();
  await expect(product.page).toHaveURL(new RegExp(`${ticketA.path}$`));
  await expect(heading(product.page)).toHaveText(summaryA);
  // B's customer moved over: three customers on A now.
  await expect(figure(product.page, '顧客数')).toHaveText('3');
  await expect(product.page.getByRole('region', { name: '顧客の声（3 件）' })).toContainText(`統合元： ${ticketB.code}`);

  await triage.getByRole('combobox', { name: 'ステータス' }).selectOption({ label: '計画中' });
  await triage.getByRole('button', { name: '自分に割り当て' }).click();
  await triage.getByRole('textbox', { name: 'テーマ' }).fill('CSV 出力');
  await triage.getByRole('button', { name: '保存' }).click();
  await expect(product.page.getByText('トリアージの内容を保存しました。')).toBeVisible();
  const facts = product.page.getByRole('region', { name: 'チケットの概要' });
  await expect(facts).toContainText('計画中');
  await expect(facts).toContainText('伊藤 直樹');

  const history = product.page.getByRole('region', { name: '経緯と返信' });
  // An internal note first: marked as such, for product's eyes only.
  await history.getByRole('radio', { name: '社内メモ' }).check();
  await history.getByRole('textbox', { name: '社内メモ' }).fill(`文字コードの選択は ${word} スプリントで対応します。`);
  await history.getByRole('button', { name: 'メモを追加' }).click();
  await expect(product.page.getByText('社内メモを追加しました。')).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: `${word} スプリント` })).toContainText('社内メモ');
  await history.getByRole('radio', { name: '返信' }).check();
  await history.getByRole('textbox', { name: '返信' }).fill(reply);
  await history.getByRole('button', { name: '返信する' }).click();
  await expect(product.page.getByText('返信を送りました。')).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: reply })).toContainText('伊藤 直樹さんの返信');
  await expect(history).toContainText('「新規」から「計画中」に変更しました');
  await snapshot(product.page, 'ticket-product-ja');
  await expectAccessible(product.page, 'the ticket page (product)');

  // Product links A to the NPS goal; the goal's page lists A among its customer voices.
  await product.page.getByRole('button', { name: '関連付けを編集' }).click();
  const links = product.page.getByRole('dialog');
  await links.getByRole('searchbox', { name: '関連する目標' }).fill('KGI-02');
  await links.getByRole('checkbox', { name: /KGI-02/ }).check();
  await expectAccessible(product.page, 'the links dialog');
  await links.getByRole('button', { name: '保存する' }).click();
  await expect(product.page.getByText('関連付けを保存しました。')).toBeVisible();
  const goalLink = product.page.getByRole('link', { name: /^KGI-02 / });
  await goalLink.click();
  await expect(product.page.getByRole('region', { name: '関連する顧客の声' })).toContainText(ticketA.code);
  await product.page.goBack();

  // The merged duplicate's address now leads to A, and says why.
  await product.page.goto(ticketB.path);
  await expect(product.page).toHaveURL(new RegExp(`${ticketA.path}$`));
  await expect(product.page.getByText(`${ticketB.code} は ${ticketA.code} に統合されました。`)).toBeVisible();

  // The inbox and the insight page in English too.
  await product.page.getByRole('navigation', { name: '顧客の声のページ' }).getByRole('link', { name: 'インサイト' }).click();
  await expect(heading(product.page)).toHaveText('顧客の声のインサイト');
  await expect(product.page.getByRole('region', { name: '要望の多いチケット' })).toBeVisible();
  await expect(
    product.page.getByRole('region', { name: '月別の起票件数（プロダクト領域別）' }).locator('svg[aria-label]').first(),
  ).toBeVisible();
  await snapshot(product.page, 'insights-ja');
  await expectAccessible(product.page, 'the insight page');
  await product.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(product.page)).toHaveText('Customer voice insights');
  await expect(product.page.getByRole('region', { name: 'Tickets filed per month, by product area', exact: true })).toBeVisible();
  await expectAccessible(product.page, 'the insight page (en)');
  await product.page.getByRole('navigation', { name: 'Customer voice pages' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(heading(product.page)).toHaveText('Triage inbox');
  await product.page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await expect(product.page.getByRole('row').filter({ has: product.page.getByRole('link', { name: summaryA }) })).toContainText('Planned');
  await expectAccessible(product.page, 'the triage inbox (en)');
  await product.page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(product.page)).toHaveText('トリアージ');
  await product.context.close();

  // 5. Support hears of it in the bell, opens A and reads the status and the reply, not the internal note.
  // Still on B's page: read afresh, it now leads to A (the panel would close on that navigation).
  await support.page.reload();
  await expect(support.page).toHaveURL(new RegExp(`${ticketA.path}$`));
  await expect(support.page.getByText(`${ticketB.code} は ${ticketA.code} に統合されました。`)).toBeVisible();
  await expect(bell(support.page)).toHaveAccessibleName(/^通知（未読 \d+ 件）$/, { timeout: 30_000 });
  await bell(support.page).click();
  const panel = support.page.getByRole('dialog', { name: '通知' });
  await expect(panel.getByRole('link', { name: new RegExp(`${ticketA.code}「.+」は「計画中」になりました`) })).toBeVisible();
  await panel.getByRole('link', { name: new RegExp(`${ticketA.code}「.+」に返信がありました`) }).click();
  await expect(support.page).toHaveURL(new RegExp(`${ticketA.path}$`));
  await expect(heading(support.page)).toHaveText(summaryA);
  const supportFacts = support.page.getByRole('region', { name: 'チケットの概要' });
  await expect(supportFacts).toContainText('計画中');
  const supportHistory = support.page.getByRole('region', { name: '経緯と返信' });
  await expect(supportHistory).toContainText(reply);
  await expect(supportHistory).not.toContainText(`${word} スプリント`);
  await expect(supportHistory.getByRole('radio')).toHaveCount(0);
  await snapshot(support.page, 'ticket-support-ja');
  await expectAccessible(support.page, 'the ticket page (support)');

  // …and in English.
  await support.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(support.page)).toHaveText(summaryA);
  await expect(support.page.getByRole('region', { name: 'About this ticket' })).toContainText('Planned');
  await expect(support.page.getByRole('region', { name: 'Customer voices (3)' })).toBeVisible();
  await expect(figure(support.page, 'Customers')).toHaveText('3');
  await expect(figure(support.page, 'Revenue at stake (annual contracts)')).toHaveText('¥15,600,000');
  await expectAccessible(support.page, 'the ticket page (en)');
  await support.page.getByRole('navigation', { name: 'Customer voice pages' }).getByRole('link', { name: 'File' }).click();
  await expect(heading(support.page)).toHaveText('File a customer voice');
  await expectAccessible(support.page, 'the filing form (en)');
  await support.page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(support.page)).toHaveText('顧客の声を起票');
  await support.context.close();
});

test('voice: product triages from the inbox in bulk, declining with a reason', async ({ page }) => {
  test.setTimeout(180_000);
  const word = runWord();
  const area = await productAreaName();
  await signInToNews(page, /^プロダクトマネージャー/);
  // Two new tickets to triage, filed through the api as any employee may.
  const { productAreas } = await graphql<{ productAreas: { id: string; nameJa: string }[] }>(page, 'VoiceProductAreas');
  const productAreaId = productAreas.find((candidate) => candidate.nameJa === area)?.id;
  expect(productAreaId).toBeDefined();
  const summaries = [`帳票の余白を自由に変えたい ${word}`, `帳票のロゴを差し替えたい ${word}`];
  for (const [index, summary] of summaries.entries()) {
    await graphql(page, 'FileTicket', {
      input: {
        accountName: `E2E 商事 ${word} ${index}`,
        segment: 'SMB',
        channel: 'SURVEY',
        verbatim: `${summary}。アンケートの自由記述より。`,
        summary,
        category: 'FEATURE_REQUEST',
        impact: 'NICE_TO_HAVE',
        productAreaId,
        idempotencyKey: `e2e-${word}-${index}`,
      },
    });
  }

  // The reminder's link: overdue only, switched on by the address.
  await page.goto('/voice/inbox?overdue=1');
  await expect(heading(page)).toHaveText('トリアージ');
  await expect(page.getByRole('switch', { name: 'トリアージ期限超過のみ' })).toBeChecked();
  await page.getByRole('switch', { name: 'トリアージ期限超過のみ' }).uncheck();
  await expect(page).not.toHaveURL(/overdue=1/);

  await page.getByRole('tab', { name: /^新規/ }).click();
  await page.getByRole('searchbox', { name: '検索' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  const rows = page.getByRole('row').filter({ hasText: word });
  await expect(rows).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'このページのチケットをすべて選択' }).check();
  const bulk = page.getByRole('region', { name: '2 件を選択中' });
  await expect(bulk).toBeVisible();
  await bulk.getByRole('button', { name: '自分に割り当て' }).click();
  await expect(page.getByText('2 件のチケットを更新しました。')).toBeVisible();
  await expect(rows.first()).toContainText('伊藤 直樹');

  await page.getByRole('checkbox', { name: 'このページのチケットをすべて選択' }).check();
  await bulk.getByRole('combobox', { name: 'ステータス' }).selectOption({ label: '見送り' });
  await bulk.getByRole('button', { name: 'ステータスを変更' }).click();
  const dialog = page.getByRole('dialog', { name: '見送りの理由' });
  await dialog.getByRole('button', { name: '見送る' }).click();
  await expect(dialog.getByText('見送りの理由を入力してください。')).toBeVisible();
  await dialog.getByRole('textbox', { name: '見送りの理由' }).fill('帳票デザイナーの刷新で解決する予定のため、個別の対応は見送ります。');
  await settled(dialog);
  await expectAccessible(page, 'the decline dialog');
  await dialog.getByRole('button', { name: '見送る' }).click();
  await expect(page.getByText('2 件のチケットを更新しました。')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await page.getByRole('tab', { name: /^見送り/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('見送り');
});

test('voice: the inbox is for triagers only; the first page loads no chart code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signInToNews(page, /^一般社員/);
  await page.goto('/voice/inbox');
  await expect(heading(page)).toHaveText('トリアージはプロダクト担当者のページです');
  await expect(page.getByRole('link', { name: 'マイチケットへ' })).toBeVisible();
  await expectAccessible(page, 'the inbox, forbidden');
  expect(scripts.filter((script) => /insight-charts|Legends|CartesianChart/.test(script))).toEqual([]);
});

test('voice on a 390 px phone: filing and the ticket page @phone', async ({ page }) => {
  test.setTimeout(180_000);
  const word = runWord();
  const area = await productAreaName();
  const summary = `スマホから起票：納品書の印刷で罫線が切れる ${word}`;
  await signInToNews(page, /^営業担当/);
  await openVoice(page);
  await openFileForm(page);
  await fillCustomer(page, {
    account: `丸栄食品株式会社 ${word}`,
    segment: '中堅',
    value: '2400000',
    role: '物流部 部長',
    channel: 'イベント',
  });
  // Any script, right to left too: kept as written.
  await fillVoice(page, `納品書を印刷すると罫線が途中で切れます。\nالفاتورة لا تطبع بشكل صحيح 🙏`, summary);
  await classify(page, area, '使いやすさ', 'あれば便利');
  // The draft survives a reload.
  await page.reload();
  await expect(page.getByText('前回の下書きを復元しました。')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '要約', exact: true })).toHaveValue(summary);
  await expect(page.getByRole('combobox', { name: 'チャネル' })).toHaveValue('EVENT');
  await expectNoSidewaysScroll(page, 'the filing form at 390 px');
  await expectOnScreen(
    'the filing form at 390 px',
    page.getByRole('textbox', { name: '顧客の言葉（原文のまま）' }),
    page.getByRole('button', { name: '起票する' }),
  );
  await snapshot(page, 'form-phone-ja');
  await expectAccessible(page, 'the filing form at 390 px');
  await fileTicket(page, summary);
  const verbatim = page.locator('blockquote').first();
  await expect(verbatim).toHaveAttribute('dir', 'auto');
  await expect(verbatim).toContainText('الفاتورة');
  await expectNoSidewaysScroll(page, 'the ticket page at 390 px');
  await expectOnScreen(
    'the ticket page at 390 px',
    page.getByRole('region', { name: '影響の大きさ' }),
    page.getByRole('region', { name: '経緯と返信' }),
  );
  await snapshot(page, 'ticket-phone-ja');
  await expectAccessible(page, 'the ticket page at 390 px');
});
