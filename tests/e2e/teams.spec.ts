import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
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

const snapshot = screenshots('teams-');
const pageErrors = failOnPageErrors();
const newPerson = (browser: Browser, testInfo: TestInfo) => newSignedOutPerson(browser, testInfo, pageErrors);

// The demo company's fixed personas (libs/server/directory/src/seed/demo-company.ts): one each
// from 東日本営業部, カスタマーサポート and プロダクト. The flow leans on no seeded team.
const SALES = { search: '田中', name: '田中 健太' };
const SUPPORT = { search: '小林', name: '小林 彩' };
const PRODUCT = { search: '伊藤', name: '伊藤 直樹' };
const EMPLOYEE = { search: '佐藤', name: '佐藤 翔太' };
const ADMIN_NAME = '加藤 誠';

/** Letters only: a word no seeded team has. */
const runWord = (): string => Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

/** Opens an area from the main navigation (in the menu on a phone). */
async function openFromNavigation(page: Page, label: string): Promise<void> {
  const navigation = page.getByRole('navigation', { name: 'メイン' });
  if (!(await navigation.isVisible())) await page.getByRole('button', { name: 'メニューを開く' }).click();
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: label, exact: true }).click();
}

/** Chooses a person in a PeoplePicker by typing part of their name. */
async function pickPerson(scope: Locator, person: { search: string; name: string }): Promise<void> {
  const page = scope.page();
  await scope.getByRole('combobox', { name: /社員/ }).fill(person.search);
  await page
    .getByRole('option', { name: new RegExp(`^${person.name}（`) })
    .first()
    .click();
  await expect(scope.getByText(person.name, { exact: true })).toBeVisible();
}

test('teams: an admin creates a cross-functional team from three departments; a member sees it on their profile; the org chart finds them', async ({
  page,
  browser,
}, testInfo) => {
  const word = runWord();
  const teamName = `解約防止タスクフォース ${word}`;

  // The directory, as an admin.
  await signInToNews(page, /^管理者/);
  await openFromNavigation(page, 'チーム');
  await expect(heading(page)).toHaveText('チーム');
  await expect(page).toHaveURL(/\/teams$/);
  await expect(page.getByText(/チーム中 \d+ チームを表示しています|チームはまだありません/)).toBeVisible();
  await snapshot(page, 'directory-ja');
  await expectAccessible(page, 'the team directory');

  // Filters live in the address.
  await page.getByLabel('種類').selectOption({ label: '混成チーム' });
  await expect(page).toHaveURL(/kind=CROSS_FUNCTIONAL/);
  await page.getByLabel('種類').selectOption({ label: 'すべての種類' });
  await expect(page).not.toHaveURL(/kind=/);

  // The form: names, mission, dates, and a roster from three departments.
  await page.getByRole('link', { name: 'チームを作成' }).click();
  await expect(heading(page)).toHaveText('チームを作成');
  await page.getByRole('textbox', { name: /^チーム名/ }).fill(teamName);
  await page.getByRole('textbox', { name: /^英語名/ }).fill(`Churn Task Force ${word}`);
  await page.getByRole('textbox', { name: /^ミッション/ }).fill('営業・サポート・プロダクトで解約の兆しを早くつかみ、更新率を上げます。');
  await page.getByLabel('ステータス').selectOption({ label: '活動中' });

  // Sending it empty-handed shows the problem next to the field.
  await page.getByRole('button', { name: 'チームを作成' }).click();
  const firstRow = page.getByRole('group', { name: 'メンバー 1' });
  await expect(firstRow.getByText('社員を選んでください。')).toBeVisible();

  await pickPerson(firstRow, SALES);
  await expect(firstRow.getByLabel('役割')).toHaveValue('LEAD');
  await page.getByRole('button', { name: 'メンバーの行を追加' }).click();
  const secondRow = page.getByRole('group', { name: 'メンバー 2' });
  await pickPerson(secondRow, SUPPORT);
  await secondRow.getByRole('spinbutton', { name: /稼働率/ }).fill('140');
  await page.getByRole('button', { name: 'メンバーの行を追加' }).click();
  const thirdRow = page.getByRole('group', { name: 'メンバー 3' });
  await pickPerson(thirdRow, PRODUCT);
  await thirdRow.getByLabel('役割').selectOption({ label: 'アドバイザー' });

  // An allocation over 100% is caught next to its field, then corrected.
  await page.getByRole('button', { name: 'チームを作成' }).click();
  await expect(secondRow.getByText('0〜100 の整数で入力してください。')).toBeVisible();
  await snapshot(page, 'form-errors-ja');
  await expectAccessible(page, 'the team form with an error');
  await secondRow.getByRole('spinbutton', { name: /稼働率/ }).fill('40');
  await page.getByRole('button', { name: 'チームを作成' }).click();

  // The team page.
  await expect(page).toHaveURL(/\/teams\/[0-9a-f-]{36}$/);
  await expect(heading(page)).toHaveText(teamName);
  await expect(page.getByRole('status').filter({ hasText: 'チームを作成しました。' })).toBeVisible();
  const teamUrl = page.url();
  const mix = page.getByRole('region', { name: '部門構成' });
  await expect(mix.getByRole('listitem')).toHaveCount(3);
  const members = page.getByRole('region', { name: 'メンバー' });
  await expect(members.getByRole('heading', { level: 3 })).toHaveCount(3);
  const supportRow = members.getByRole('listitem').filter({ hasText: SUPPORT.name });
  await expect(supportRow).toContainText('40%');
  await expect(supportRow).toContainText('メンバー');
  await expect(members.getByRole('listitem').filter({ hasText: SALES.name })).toContainText('リード');
  await expect(members.getByRole('listitem').filter({ hasText: PRODUCT.name })).toContainText('アドバイザー');
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText(
    `${ADMIN_NAME}さんが ${SUPPORT.name}さんを追加しました（メンバー・40%）`,
  );
  await snapshot(page, 'team-ja');
  await expectAccessible(page, 'the team page');

  // A member's allocation changed in the dialog.
  await supportRow.getByRole('button', { name: `${SUPPORT.name}さんの操作` }).click();
  await page.getByRole('menuitem', { name: '変更' }).click();
  const dialog = page.getByRole('dialog', { name: `${SUPPORT.name}さんの役割・稼働率` });
  await settled(dialog);
  await expectAccessible(page, 'the change-member dialog');
  await dialog.getByRole('spinbutton', { name: /稼働率/ }).fill('50');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(supportRow).toContainText('50%');
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText('稼働率：40% → 50%');

  // Someone added and taken off again, after a confirmation.
  await members.getByRole('button', { name: 'メンバーを追加' }).click();
  const addDialog = page.getByRole('dialog', { name: 'メンバーを追加' });
  await pickPerson(addDialog, EMPLOYEE);
  await addDialog.getByRole('button', { name: 'メンバーを追加' }).click();
  await expect(addDialog).toHaveCount(0);
  await expect(members.getByRole('heading', { level: 3 })).toHaveCount(4);
  await expect(mix.getByRole('listitem')).toHaveCount(4);
  const employeeRow = members.getByRole('listitem').filter({ hasText: EMPLOYEE.name });
  await employeeRow.getByRole('button', { name: `${EMPLOYEE.name}さんの操作` }).click();
  await page.getByRole('menuitem', { name: '外す' }).click();
  const confirm = page.getByRole('alertdialog', { name: `${EMPLOYEE.name}さんをチームから外しますか？` });
  await confirm.getByRole('button', { name: '外す' }).click();
  await expect(employeeRow).toHaveCount(0);
  await expect(mix.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText(
    `${ADMIN_NAME}さんが ${EMPLOYEE.name}さんをチームから外しました`,
  );

  // A shared goal linked through the goal picker, with its status and progress.
  const goals = page.getByRole('region', { name: '目標' });
  await goals.getByRole('button', { name: '目標を紐づける' }).click();
  const linkDialog = page.getByRole('dialog', { name: '目標を紐づける' });
  await linkDialog.getByRole('combobox', { name: '目標' }).click();
  const goalOption = page.getByRole('option').first();
  const goalLabel = (await goalOption.innerText()).trim();
  await goalOption.click();
  await linkDialog.getByRole('radio', { name: /^担当/ }).check();
  await linkDialog.getByRole('button', { name: '紐づける' }).click();
  await expect(linkDialog).toHaveCount(0);
  await expect(goals.getByRole('link', { name: goalLabel })).toHaveAttribute('href', /^\/goals\/[0-9a-f-]{36}$/);
  await expect(goals).toContainText('担当');
  await expect(goals.getByText(/^(進捗|まだチェックインがありません)/)).toHaveCount(1);

  // The team's own fields, edited: an end before the start is caught next to the field.
  await page.getByRole('link', { name: 'チームを編集' }).click();
  await expect(heading(page)).toHaveText('チームを編集');
  await expect(page.getByRole('textbox', { name: /^チーム名/ })).toHaveValue(teamName);
  await page.getByLabel('終了日').fill('2020-01-01');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('開始日より後の日付を入力してください。')).toBeVisible();
  await page.getByLabel('終了日').fill('');
  await expect(page.getByText('開始日より後の日付を入力してください。')).toHaveCount(0);
  await page.getByRole('textbox', { name: /^Teams チャネルのリンク/ }).fill('https://teams.microsoft.com/l/channel/19%3Aabc/churn');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(heading(page)).toHaveText(teamName);
  await expect(page.getByRole('status').filter({ hasText: 'チームを保存しました。' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Teams で開く/ }).first()).toHaveAttribute('href', /^https:\/\/teams\.microsoft\.com\//);
  await expect(page.getByRole('region', { name: '変更履歴' })).toContainText(`${ADMIN_NAME}さんがTeams チャネルを変更しました`);

  // The same page in English.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(page)).toHaveText(`Churn Task Force ${word}`);
  await expect(page.getByRole('region', { name: 'Departments' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText(`${'Makoto Kato'} added ${'Aya Kobayashi'} (Member, 40%)`);
  await snapshot(page, 'team-en');
  await expectAccessible(page, 'the team page (en)');
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(heading(page)).toHaveText(teamName);

  // The directory finds it by a word of its name.
  await openFromNavigation(page, 'チーム');
  await page.getByRole('searchbox', { name: 'チーム名・ミッションで検索' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: teamName }) });
  await expect(card).toContainText('3 人');
  await expect(card).toContainText(`リード：${SALES.name}`);

  // The member signs in and sees the team on their profile, with the allocation and the total.
  const { context, page: member } = await newPerson(browser, testInfo);
  try {
    await signInToNews(member, /^サポート担当/);
    await member.getByRole('button', { name: /^アカウントメニュー/ }).click();
    await member.getByRole('menuitem', { name: 'マイプロフィール' }).click();
    await expect(heading(member)).toHaveText(SUPPORT.name);
    const teamsCard = member.getByRole('region', { name: '所属チーム' });
    const membership = teamsCard.getByRole('listitem').filter({ has: member.getByRole('link', { name: teamName }) });
    await expect(membership).toContainText('50%');
    await expect(membership).toContainText('メンバー');
    const total = teamsCard.getByText(/^合計稼働率 \d+%$/);
    await expect(total).toBeVisible();
    const totalValue = Number((await total.innerText()).match(/\d+/)?.[0]);
    expect(totalValue).toBeGreaterThanOrEqual(50);
    if (totalValue > 100) await expect(teamsCard.getByText('100% を超えています')).toBeVisible();
    await snapshot(member, 'profile-ja');
    await expectAccessible(member, 'the profile with its teams');

    // Their department lists the teams its people are on.
    const departmentLink = member.getByRole('main').locator('dd a[href^="/departments/"]').first();
    const departmentName = (await departmentLink.innerText()).trim();
    await departmentLink.click();
    await expect(heading(member)).toHaveText(departmentName);
    const departmentTeams = member.getByRole('region', { name: 'この部門の社員が参加しているチーム' });
    await expect(departmentTeams.getByRole('link', { name: teamName })).toBeVisible();
    await expectAccessible(member, 'a department page with its teams');
    await member.goBack();
    await expect(heading(member)).toHaveText(SUPPORT.name);

    // From the profile to the team.
    await membership.getByRole('link', { name: teamName }).click();
    await expect(member).toHaveURL(teamUrl);
    await expect(heading(member)).toHaveText(teamName);
    // Not a lead: nothing to change.
    await expect(member.getByRole('link', { name: 'チームを編集' })).toHaveCount(0);
    await expect(member.getByRole('button', { name: 'メンバーを追加' })).toHaveCount(0);

    // The org chart finds a person: the chain opens and they are highlighted.
    await openFromNavigation(member, '組織図');
    await expect(heading(member)).toHaveText('組織図');
    const tree = member.getByRole('tree', { name: '組織図' });
    await expect(tree.getByRole('treeitem').first()).toBeVisible();
    await snapshot(member, 'org-chart-ja');
    await expectAccessible(member, 'the org chart');
    await member.getByRole('combobox', { name: '社員を探す' }).fill(PRODUCT.search);
    await member
      .getByRole('option', { name: new RegExp(`^${PRODUCT.name}（`) })
      .first()
      .click();
    await expect(member).toHaveURL(/\/org\?person=/);
    const found = tree.locator('[role="treeitem"][aria-selected="true"]');
    await expect(found).toHaveCount(1);
    await expect(found.locator('a').first()).toHaveText(PRODUCT.name);
    await expect(found).toBeFocused();
    await expect(found).toBeInViewport();
    await expect(member.getByRole('status').filter({ hasText: `${PRODUCT.name}さんを表示しています` })).toBeVisible();
    // Every manager above them is open.
    const ancestors = tree.locator('[role="treeitem"][aria-expanded="true"]:has([aria-selected="true"])');
    expect(await ancestors.count()).toBeGreaterThanOrEqual(1);
    await snapshot(member, 'org-chart-found-ja');
    await expectAccessible(member, 'the org chart opened at a person');

    // By keyboard: left goes up to the manager, right comes back down, Enter opens the profile.
    await member.keyboard.press('ArrowLeft');
    const manager = tree.locator('[role="treeitem"]:focus');
    await expect(manager).toHaveAttribute('aria-expanded', 'true');
    await member.keyboard.press('ArrowLeft');
    await expect(manager).toHaveAttribute('aria-expanded', 'false');
    await member.keyboard.press('ArrowRight');
    await expect(manager).toHaveAttribute('aria-expanded', 'true');
    await member.keyboard.press('ArrowRight');
    await expect(tree.locator('[role="treeitem"]:focus')).toHaveAttribute('aria-level', /\d+/);
    await member.keyboard.press('Enter');
    await expect(member).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  } finally {
    await context.close();
  }
});

test('teams on a 390 px phone @phone', async ({ page }) => {
  await signInToNews(page, /^一般社員/);
  await openFromNavigation(page, 'チーム');
  await expect(heading(page)).toHaveText('チーム');
  await expect(page.getByText(/チーム中 \d+ チームを表示しています|チームはまだありません/)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the team directory');
  await snapshot(page, 'directory-ja');
  await expectAccessible(page, 'the team directory at 390 px');

  const firstTeam = page.getByRole('main').locator('li h3 a').first();
  if (await firstTeam.isVisible()) {
    const name = (await firstTeam.innerText()).trim();
    await firstTeam.click();
    await expect(heading(page)).toHaveText(name);
    await expect(page.getByRole('region', { name: 'メンバー' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'a team page');
    await snapshot(page, 'team-ja');
    await expectAccessible(page, 'a team page at 390 px');
  }

  await openFromNavigation(page, '組織図');
  await expect(page.getByRole('tree', { name: '組織図' }).getByRole('treeitem').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the org chart');
  await snapshot(page, 'org-chart-ja');
  await expectAccessible(page, 'the org chart at 390 px');
});
