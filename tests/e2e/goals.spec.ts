import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
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

const snapshot = screenshots('goals-');
const pageErrors = failOnPageErrors();
const newPerson = (browser: Browser, testInfo: TestInfo) => newSignedOutPerson(browser, testInfo, pageErrors);

// The api accepts only the web client's own documents (trusted documents): the setup sends
// those, word for word, from codegen's manifest.
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

async function personId(page: Page, name: string): Promise<string> {
  const data = await graphql<{ people: { edges: { node: { id: string; displayName: string } }[] } }>(page, 'PeopleCandidates', {
    search: name,
  });
  const person = data.people.edges.map((edge) => edge.node).find((node) => node.displayName === name);
  if (!person) throw new Error(`No person named ${name}`);
  return person.id;
}

interface SetupGoals {
  kgi: { id: string; title: string };
  atRisk: { id: string; code: string; title: string; titleEn: string };
  onTrack: { id: string; title: string };
}

/**
 * As the admin, through the api: a KGI of this quarter owned by the executive, with two KPIs
 * (an owner's, to be checked in through the page, and the admin's own, checked in on track).
 */
async function createGoals(admin: Page, run: string): Promise<SetupGoals> {
  const { goalSettings } = await graphql<{ goalSettings: { currentQuarter: { fiscalYear: number; quarter: number } } }>(
    admin,
    'GoalFormSettings',
  );
  const [executiveId, ownerId, adminId] = await Promise.all([
    personId(admin, '山本 浩二'),
    personId(admin, '田中 健太'),
    personId(admin, '加藤 誠'),
  ]);
  const period = {
    periodKind: 'QUARTER',
    fiscalYear: goalSettings.currentQuarter.fiscalYear,
    quarter: goalSettings.currentQuarter.quarter,
  };
  const create = async (input: Record<string, unknown>) =>
    (
      await graphql<{ createGoal: { id: string } }>(admin, 'CreateGoal', {
        input: { ...period, cadence: 'WEEKLY', status: 'ACTIVE', ...input },
      })
    ).createGoal.id;

  const kgi = { title: `E2E 受注拡大 ${run}` };
  const kgiId = await create({
    code: `E2E-${run}`,
    kind: 'KGI',
    title: kgi.title,
    titleEn: `E2E order growth ${run}`,
    description: '東日本の新規受注を伸ばし、四半期の受注額を前年より増やします。',
    ownerId: executiveId,
    departmentIds: [],
    unit: 'YEN',
    direction: 'INCREASE',
    baseline: 0,
    target: 120_000_000,
  });
  const atRisk = { code: `E2E-${run}-A`, title: `新規商談件数 ${run}`, titleEn: `New deals ${run}` };
  const atRiskId = await create({
    code: atRisk.code,
    kind: 'KPI',
    title: atRisk.title,
    titleEn: atRisk.titleEn,
    ownerId,
    departmentIds: [],
    unit: 'CASES',
    direction: 'INCREASE',
    baseline: 0,
    target: 120,
    parentId: kgiId,
    weight: 60,
  });
  const onTrack = { title: `提案書テンプレート活用率 ${run}` };
  const onTrackId = await create({
    code: `E2E-${run}-B`,
    kind: 'KPI',
    title: onTrack.title,
    titleEn: `Proposal template use ${run}`,
    ownerId: adminId,
    departmentIds: [],
    unit: 'PERCENT',
    direction: 'INCREASE',
    baseline: 20,
    target: 80,
    parentId: kgiId,
    weight: 40,
  });
  await graphql(admin, 'RecordCheckIn', {
    input: {
      goalId: onTrackId,
      value: 78,
      confidence: 'ON_TRACK',
      note: '全案件でテンプレートを使っています。',
      idempotencyKey: `e2e-${run}-b`,
    },
  });
  return { kgi: { ...kgi, id: kgiId }, atRisk: { ...atRisk, id: atRiskId }, onTrack: { ...onTrack, id: onTrackId } };
}

/** Signs in in Japanese and opens the goal board from the navigation. */
async function signInToBoard(page: Page, persona: RegExp): Promise<void> {
  await signInToNews(page, persona);
  await openBoard(page);
}

/** Opens the goal board from the navigation (in the menu on a phone). */
async function openBoard(page: Page): Promise<void> {
  const navigation = page.getByRole('navigation', { name: 'メイン' });
  if (!(await navigation.isVisible())) await page.getByRole('button', { name: 'メニューを開く' }).click();
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '目標ボード' }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await expect(heading(page)).toHaveText('目標ボード');
}

/** The board's "at risk" counter, read from its text (要注意：3 件 / At risk: 3). */
async function atRiskCount(page: Page): Promise<number> {
  const text = await page.getByText(/^(要注意：\d+ 件|At risk: \d+)$/).textContent();
  return Number(/\d+/.exec(text ?? '')?.[0]);
}

const run = () => Date.now().toString(36).slice(-6).toUpperCase();

test('goals: an owner checks in at risk; an executive sees it on the board, reads the goal’s chart and exports CSV', async ({
  page: admin,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const id = run();
  await signInToNews(admin, /^管理者/);
  const goals = await createGoals(admin, id);

  // The executive opens the board before the check-in: the new KPI has none yet.
  const executive = await newPerson(browser, testInfo);
  await signInToBoard(executive.page, /^経営層/);
  await expect(executive.page.getByRole('table')).toBeVisible();
  const atRiskBefore = await atRiskCount(executive.page);
  const atRiskRow = executive.page.getByRole('row').filter({ has: executive.page.getByRole('link', { name: goals.atRisk.title }) });
  await expect(atRiskRow).toContainText('未チェックイン');

  // The owner finds the goal under マイ目標 and checks in: 45 of 120 deals, at risk.
  const owner = await newPerson(browser, testInfo);
  await signInToBoard(owner.page, /^営業担当/);
  await owner.page.getByRole('link', { name: 'マイ目標' }).click();
  await expect(heading(owner.page)).toHaveText('マイ目標');
  const card = owner.page.getByRole('article').filter({ has: owner.page.getByRole('link', { name: goals.atRisk.title }) });
  // Due now (or overdue: the quarter's earlier weeks passed without one).
  await expect(card).toContainText(/チェックイン待ち|期限切れ/);
  await card.getByRole('button', { name: 'チェックイン' }).click();
  const dialog = owner.page.getByRole('dialog', { name: 'チェックイン' });
  await expect(dialog.getByText(/^参考：今日時点のペースは .+ 件 です。$/)).toBeVisible();
  // Typed with an IME: full-width digits are taken as they are.
  await dialog.getByRole('textbox', { name: '実績値' }).fill('４５');
  await dialog.getByRole('button', { name: '記録する' }).click();
  await expect(dialog.getByText('見込みを選んでください。')).toBeVisible();
  await dialog.getByRole('radio', { name: '要注意' }).check();
  await dialog.getByRole('textbox', { name: 'メモ' }).fill('大型案件が来期にずれ込みました。展示会のリードを追加で当たります。');
  await settled(dialog);
  await expectAccessible(owner.page, 'the check-in dialog');
  await dialog.getByRole('button', { name: '記録する' }).click();
  await expect(owner.page.getByText('チェックインを記録しました。')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(card).toContainText('45 件');
  await expect(card).toContainText('要注意');
  await owner.context.close();

  // The executive's board: one more goal at risk, and this one first under its KGI with the new value.
  await executive.page.reload();
  await expect(heading(executive.page)).toHaveText('目標ボード');
  await expect.poll(() => atRiskCount(executive.page)).toBe(atRiskBefore + 1);
  // The KGI's body of the table (found by the KPI's code, which reads the same in both languages).
  const group = executive.page.getByRole('rowgroup').filter({ hasText: goals.atRisk.code });
  const rows = group.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(goals.kgi.title);
  await expect(rows.nth(1)).toContainText(goals.atRisk.title);
  await expect(rows.nth(1)).toContainText('45 件');
  await expect(rows.nth(1)).toContainText('目標 120 件');
  await expect(rows.nth(1)).toContainText('要注意');
  await expect(rows.nth(1)).toContainText(/進捗 38%（ペース \d+%）/);
  await expect(rows.nth(2)).toContainText(goals.onTrack.title);
  await snapshot(executive.page, 'board-ja');
  await expectAccessible(executive.page, 'the goal board');

  await executive.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(executive.page)).toHaveText('Goal board');
  await expect(rows.nth(1)).toContainText(goals.atRisk.titleEn);
  await expect(rows.nth(1)).toContainText('45 cases');
  await expect(rows.nth(1)).toContainText('At risk');
  await expect(executive.page.getByText(/^FY\d{4} Q[1-4] \(/)).toBeVisible();
  await expectAccessible(executive.page, 'the goal board (en)');
  await executive.page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(executive.page)).toHaveText('目標ボード');

  // The goal's page: the chart of actual vs pace, the check-in and its note; a comment on it.
  await rows.nth(1).getByRole('link', { name: goals.atRisk.title }).click();
  await expect(heading(executive.page)).toHaveText(goals.atRisk.title);
  const chart = executive.page.getByRole('region', { name: '実績と目標ペースの推移', exact: true });
  await expect(chart.locator('svg[aria-label^="実績と目標ペースの推移"]')).toBeVisible();
  await expect(chart.getByRole('option', { name: '目標ペース' })).toBeVisible();
  // The chart's data for screen readers: the check-in's value beside the pace on its day.
  await expect(chart.getByRole('row').filter({ has: executive.page.getByRole('cell', { name: '45 件', exact: true }) })).toHaveCount(1);
  const checkIns = executive.page.getByRole('region', { name: 'チェックインの履歴', exact: true });
  await expect(checkIns.getByRole('listitem').first()).toContainText('45 件');
  await expect(checkIns.getByRole('listitem').first()).toContainText('要注意');
  await expect(checkIns.getByRole('listitem').first()).toContainText('大型案件が来期にずれ込みました。');
  await expect(executive.page.getByRole('region', { name: '目標の概要' })).toContainText(`E2E-${id} ${goals.kgi.title}`);
  // An executive does not own the KPI: no check-in button for them.
  await expect(executive.page.getByRole('button', { name: 'チェックイン' })).toHaveCount(0);
  await checkIns.getByRole('button', { name: 'コメントを書く' }).first().click();
  await checkIns.getByRole('textbox', { name: 'コメントを書く' }).fill('挽回策を次の経営会議で聞かせてください。');
  await checkIns.getByRole('button', { name: 'コメントする' }).click();
  await expect(checkIns.getByRole('list', { name: 'コメント（1 件）' })).toContainText('挽回策を次の経営会議で聞かせてください。');
  await expect(checkIns.getByRole('textbox', { name: 'コメントを書く' })).toHaveCount(0);
  await snapshot(executive.page, 'goal-ja');
  await expectAccessible(executive.page, 'the goal page');

  await executive.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(executive.page)).toHaveText(goals.atRisk.titleEn);
  await expect(executive.page.getByRole('region', { name: 'Actual vs target pace', exact: true }).locator('svg[aria-label]')).toBeVisible();
  await expect(executive.page.getByRole('region', { name: 'Check-ins', exact: true }).getByRole('listitem').first()).toContainText(
    '45 cases',
  );
  await expectAccessible(executive.page, 'the goal page (en)');
  await executive.page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(executive.page)).toHaveText(goals.atRisk.title);

  // Back to the board: the CSV for the board meeting, in Japanese, with the goal in it.
  await executive.page.goBack();
  await expect(heading(executive.page)).toHaveText('目標ボード');
  const [download] = await Promise.all([
    executive.page.waitForEvent('download'),
    executive.page.getByRole('button', { name: 'CSVをダウンロード' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kakehashi-board-FY\d{4}-Q[1-4]\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFコード,')).toBe(true);
  const line = csv.split('\r\n').find((row) => row.startsWith(`${goals.atRisk.code},`));
  expect(line, 'the goal’s line in the CSV').toBeDefined();
  expect(line).toContain(goals.atRisk.title);
  expect(line).toContain('要注意');
  await expect(executive.page.getByText('CSVをダウンロードしました。')).toBeVisible();

  // …and the printable page of the same board.
  await executive.page.getByRole('link', { name: '印刷用ページ' }).click();
  await expect(heading(executive.page)).toHaveText(/^目標ボード \d{4}年度 第[1-4]四半期$/);
  await expect(executive.page.getByRole('button', { name: '印刷' })).toBeVisible();
  await expect(executive.page.getByRole('row').filter({ hasText: goals.atRisk.code })).toContainText('要注意');
  await expectAccessible(executive.page, 'the printable board');
  await executive.context.close();
});

test('goals: an admin creates a KPI through the form and edits it', async ({ page }) => {
  test.setTimeout(180_000);
  const id = run();
  await signInToNews(page, /^管理者/);
  const goals = await createGoals(page, id);
  await openBoard(page);
  await page.getByRole('link', { name: '目標を作成' }).click();
  await expect(heading(page)).toHaveText('目標を作成');

  // Nothing filled in: each missing field says so.
  await page.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByText('入力してください。')).toHaveCount(4);

  const title = `オンボーディング完了率 ${id}`;
  await page.getByRole('textbox', { name: 'コード' }).fill(goals.atRisk.code);
  await page.getByRole('textbox', { name: 'タイトル', exact: true }).fill(title);
  await page.getByRole('textbox', { name: '英語タイトル' }).fill(`Onboarding completion ${id}`);
  await page.getByRole('combobox', { name: 'オーナー' }).fill('田中');
  await page.getByRole('option', { name: /^田中 健太（/ }).click();
  await expect(page.getByRole('toolbar', { name: 'オーナー：選択済み' })).toContainText('田中 健太');
  await page.getByRole('combobox', { name: '単位' }).selectOption({ label: '%（割合）' });
  await page.getByRole('textbox', { name: '基準値' }).fill('６０');
  await page.getByRole('textbox', { name: '目標値' }).fill('60');
  await page.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByText('目標値は基準値と違う値にしてください。')).toBeVisible();
  await page.getByRole('textbox', { name: '目標値' }).fill('90');
  await page
    .getByRole('combobox', { name: '上位の目標' })
    .selectOption({ label: `E2E-${id} ${goals.kgi.title}（${await periodOf(page)}）` });
  await page.getByRole('textbox', { name: '重み（%）' }).fill('10');
  await page.getByRole('checkbox', { name: '作成と同時に有効にする（ボードに表示する）' }).check();

  // The server's checks come back on their fields: the code is taken in this quarter, and the KGI's weights are all given.
  await page.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByText('このコードは同じ期間のほかの目標で使われています。')).toBeVisible();
  await snapshot(page, 'form-ja');
  await expectAccessible(page, 'the goal form with errors');
  await page.getByRole('textbox', { name: 'コード' }).fill(`E2E-${id}-F`);
  await page.getByRole('button', { name: '作成', exact: true }).click();
  await expect(page.getByText('重みが大きすぎます。この上位の目標に残っている重みは 0% です。')).toBeVisible();
  await page.getByRole('combobox', { name: '上位の目標' }).selectOption({ label: 'なし（最上位の目標）' });
  await page.getByRole('button', { name: '作成', exact: true }).click();

  await expect(page.getByText('目標を作成しました。')).toBeVisible();
  await expect(heading(page)).toHaveText(title);
  await expect(page.getByRole('region', { name: '目標の概要' })).toContainText('田中 健太');
  await expect(page.getByRole('region', { name: '目標の概要' })).toContainText('90%');

  // Edited: the English title changes; the form says so in English too.
  await page.getByRole('link', { name: '編集' }).click();
  await expect(heading(page)).toHaveText('目標を編集');
  await expect(page.getByRole('textbox', { name: 'コード' })).toHaveValue(`E2E-${id}-F`);
  await expect(page.getByRole('combobox', { name: '期間の種類' })).toBeDisabled();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(page)).toHaveText('Edit goal');
  await page.getByRole('textbox', { name: 'English title' }).fill(`Customer onboarding completion ${id}`);
  await expectAccessible(page, 'the goal form (en)');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(heading(page)).toHaveText(`Customer onboarding completion ${id}`);
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(page)).toHaveText(title);
});

/** The current quarter as the form names it (2026年度 第3四半期), read from the board. */
async function periodOf(page: Page): Promise<string> {
  const { goalSettings } = await graphql<{ goalSettings: { currentQuarter: { fiscalYear: number; quarter: number } } }>(
    page,
    'GoalFormSettings',
  );
  return `${goalSettings.currentQuarter.fiscalYear}年度 第${goalSettings.currentQuarter.quarter}四半期`;
}

test('goals: the board filtered by a cross-functional team, and the team on its goal’s page', async ({ page }) => {
  await signInToBoard(page, /^一般社員/);
  // The demo's 解約防止タスクフォース owns the monthly churn KPI.
  await page.getByRole('combobox', { name: 'チーム', exact: true }).fill('解約');
  await page.getByRole('option', { name: '解約防止タスクフォース' }).click();
  await expect(page).toHaveURL(/[?&]team=[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 2, name: /・解約防止タスクフォース$/ })).toBeVisible();
  const churn = page.getByRole('row').filter({ has: page.getByRole('link', { name: '解約率（月次）' }) });
  await expect(churn).toBeVisible();
  await expectAccessible(page, 'the board filtered by a team');

  await page.getByRole('link', { name: '印刷用ページ' }).click();
  await expect(heading(page)).toHaveText(/^目標ボード \d{4}年度 第[1-4]四半期・解約防止タスクフォース$/);
  await page.goBack();

  await churn.getByRole('link', { name: '解約率（月次）' }).click();
  await expect(heading(page)).toHaveText('解約率（月次）');
  const team = page.getByRole('region', { name: '目標の概要' }).getByRole('listitem').filter({ hasText: '解約防止タスクフォース' });
  await expect(team).toContainText('主担当');
  await expect(team.getByRole('link', { name: '解約防止タスクフォース' })).toHaveAttribute('href', /\/teams\/[0-9a-f-]{36}$/);
  await expectAccessible(page, 'the goal page with its teams');
});

test('goals: the board loads no chart or goal page code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signInToBoard(page, /^一般社員/);
  await expect(page.getByRole('table')).toBeVisible();
  expect(scripts.filter((script) => /board-page/.test(script))).toHaveLength(1);
  expect(scripts.filter((script) => /goal-chart|goal-page|goal-editor-page|Legends/.test(script))).toEqual([]);
});

test('goals on a 390 px phone @phone', async ({ page }) => {
  test.setTimeout(180_000);
  const id = run();
  await signInToNews(page, /^管理者/);
  const goals = await createGoals(page, id);
  await openBoard(page);
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: goals.onTrack.title }) });
  await expect(card).toContainText('78%');
  await expect(card).toContainText('順調');
  await card.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, 'the board at 390 px');
  await expectOnScreen('the board at 390 px', card, card.getByRole('link', { name: goals.onTrack.title }));
  await snapshot(page, 'board-phone-ja');
  await expectAccessible(page, 'the board at 390 px');

  await card.getByRole('link', { name: goals.onTrack.title }).click();
  await expect(heading(page)).toHaveText(goals.onTrack.title);
  const chart = page.getByRole('region', { name: '実績と目標ペースの推移', exact: true });
  await expect(chart.locator('svg[aria-label]')).toBeVisible();
  await expectNoSidewaysScroll(page, 'the goal page at 390 px');
  await expectOnScreen('the goal page at 390 px', chart, page.getByRole('region', { name: 'チェックインの履歴', exact: true }));
  await page.getByRole('button', { name: 'チェックイン' }).click();
  const dialog = page.getByRole('dialog', { name: 'チェックイン' });
  await expect(dialog.getByText(/今期間（.+）のチェックインは記録済みです。/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '実績値' })).toHaveValue('78');
  await settled(dialog);
  await expectOnScreen('the check-in dialog at 390 px', dialog);
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await snapshot(page, 'goal-phone-ja');
});
