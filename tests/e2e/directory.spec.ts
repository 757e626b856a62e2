import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, failOnPageErrors, screenshots } from './support';

const snapshot = screenshots();
failOnPageErrors();

const peopleHeading = (page: Page) => page.getByRole('heading', { level: 1 });
const personCards = (page: Page) => page.getByRole('main').locator('li h3 a');

/** Signs in through the dev persona picker as the "employee" persona and lands on /people in Japanese. */
async function signInAsEmployee(page: Page): Promise<void> {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in/);
  // A previous run may have left English remembered: the sign-in page follows the browser's choice.
  const toJapanese = page.getByRole('button', { name: '日本語', exact: true });
  if (await toJapanese.isVisible()) await toJapanese.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const employee = page.getByRole('button', { name: /^一般社員/ });
  await expect(employee).toBeVisible();
  await snapshot(page, 'sign-in-ja');
  await expectAccessible(page, 'the sign-in page');
  await employee.click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(personCards(page).first()).toBeVisible();
  // The employee's saved language wins once signed in; make sure the flow starts in Japanese.
  if ((await page.locator('html').getAttribute('lang')) === 'en') {
    await page.getByRole('button', { name: '日本語', exact: true }).click();
  }
  await expect(peopleHeading(page)).toHaveText('社員名簿');
}

test('people directory: search, profile and department, in Japanese and English', async ({ page }) => {
  await signInAsEmployee(page);

  // The people page.
  await expect(page).toHaveTitle(/社員名簿/);
  await expect(page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '社員名簿' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByLabel('名前で検索')).toBeVisible();
  await expect(page.getByLabel('部門で絞り込む')).toBeVisible();
  await expect(page.getByText(/人中 \d+ 人を表示しています/)).toBeVisible();
  const firstPageCount = await personCards(page).count();
  expect(firstPageCount).toBeGreaterThan(0);
  await snapshot(page, 'people-ja');
  await expectAccessible(page, 'the people page (ja)');

  // Load more appends the next page.
  const loadMore = page.getByRole('button', { name: 'さらに表示' });
  if (await loadMore.isVisible()) {
    await loadMore.click();
    await expect.poll(() => personCards(page).count()).toBeGreaterThan(firstPageCount);
  }

  // English and back: the labels follow.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(peopleHeading(page)).toHaveText('People');
  await expect(page.getByLabel('Search by name')).toBeVisible();
  await expect(page).toHaveTitle(/People/);
  await snapshot(page, 'people-en');
  await expectAccessible(page, 'the people page (en)');
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(peopleHeading(page)).toHaveText('社員名簿');
  await expect(page.getByLabel('名前で検索')).toBeVisible();

  // Search by a two-character Japanese fragment of a family name shown on the page.
  const shownName = (await personCards(page).first().innerText()).trim();
  const familyName = shownName.split(/\s+/)[0] ?? shownName;
  const fragment = Array.from(familyName).slice(0, 2).join('');
  expect(fragment.length).toBeGreaterThan(0);
  await page.getByLabel('名前で検索').fill(fragment);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(fragment)}`));
  await expect(page.getByText('検索しています…')).toHaveCount(0);
  await expect(personCards(page).filter({ hasText: fragment }).first()).toBeVisible();
  await expect(personCards(page).filter({ hasText: shownName }).first()).toBeVisible();
  await snapshot(page, 'people-search-ja');

  // Open the profile.
  await personCards(page).filter({ hasText: shownName }).first().click();
  await expect(page).toHaveURL(/\/people\/[^/]+$/);
  await expect(peopleHeading(page)).toHaveText(shownName);
  await expect(page).toHaveTitle(new RegExp(shownName));
  await expect(page.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
  const englishName = (await page.getByRole('main').locator('[lang="en"]').first().innerText()).trim();
  expect(englishName).toMatch(/[A-Za-z]/);
  await snapshot(page, 'profile-ja');
  await expectAccessible(page, 'a profile page');

  // Search by an English fragment of the same person's name.
  const englishWords = englishName.split(/\s+/);
  const englishFragment = (englishWords[englishWords.length - 1] ?? englishName).slice(0, 4);
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '社員名簿' }).click();
  await page.getByLabel('名前で検索').fill(englishFragment);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(englishFragment)}`));
  await expect(page.getByText('検索しています…')).toHaveCount(0);
  await expect(personCards(page).filter({ hasText: shownName }).first()).toBeVisible();

  // Open the profile again and its department.
  await personCards(page).filter({ hasText: shownName }).first().click();
  await expect(peopleHeading(page)).toHaveText(shownName);
  const departmentLink = page.getByRole('main').locator('dd a[href^="/departments/"]').first();
  const departmentName = (await departmentLink.innerText()).trim();
  await departmentLink.click();
  await expect(page).toHaveURL(/\/departments\/[^/]+$/);
  await expect(peopleHeading(page)).toHaveText(departmentName);
  await expect(page.getByRole('heading', { level: 2, name: 'メンバー' })).toBeVisible();
  await expect(personCards(page).filter({ hasText: shownName }).first()).toBeVisible();
  await snapshot(page, 'department-ja');
  await expectAccessible(page, 'a department page');

  // The department tree, by keyboard.
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '部門' }).click();
  await expect(peopleHeading(page)).toHaveText('部門');
  const toggle = page.getByRole('button', { name: /の下位部門$/ }).first();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await snapshot(page, 'departments-ja');
  await expectAccessible(page, 'the departments page');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(peopleHeading(page)).toHaveText('Departments');
  await snapshot(page, 'departments-en');
  await expectAccessible(page, 'the departments page (en)');
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(peopleHeading(page)).toHaveText('部門');
});

test('people directory on a 390 px phone @phone', async ({ page }) => {
  await signInAsEmployee(page);
  await expect(page.getByRole('navigation', { name: 'メイン' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('社員名簿');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await snapshot(page, 'people-ja');
  await expectAccessible(page, 'the people page at 390 px');

  // The navigation is behind the menu button, in a drawer.
  await page.getByRole('button', { name: 'メニューを開く' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('link', { name: '部門' })).toBeVisible();
  await snapshot(page, 'menu-ja');
  await expectAccessible(page, 'the open menu at 390 px');
  await drawer.getByRole('link', { name: '部門' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('部門');
  await snapshot(page, 'departments-ja');
  await expectAccessible(page, 'the departments page at 390 px');

  // A profile in English.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Departments');
  await page.getByRole('button', { name: /^Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'My profile' }).click();
  await expect(page).toHaveURL(/\/people\/[^/]+$/);
  await expect(page.getByRole('button', { name: 'Edit profile' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(390);
  await snapshot(page, 'profile-en');
  await expectAccessible(page, 'my profile at 390 px (en)');
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await expect(page.getByRole('button', { name: 'プロフィールを編集' })).toBeVisible();
});
