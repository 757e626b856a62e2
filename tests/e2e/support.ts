import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, expect, type Locator, type Page, test, type TestInfo } from '@playwright/test';

const screenshotDir = path.resolve(__dirname, '../../test-results/screenshots');

/**
 * axe with WCAG 2 A and AA rules: no serious or critical violation on the page as shown,
 * once its finite animations have finished.
 * Fluent UI's focus sentinels (Tabster's `<i data-tabster-dummy aria-hidden tabindex=0>`,
 * which only pass focus on) are left out: a documented false positive of aria-hidden-focus
 * (microsoft/tabster#288; Accessibility Insights suppresses it too).
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Contrast is judged on the page at rest: a dialog still fading in fails it by a few percent.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('[data-tabster-dummy]').analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `axe on ${what}`).toEqual([]);
}

/** Full-page screenshots under test-results/screenshots, named `<project>-<prefix><name>.png`. */
export function screenshots(prefix = ''): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    const project = test.info().project.name;
    await page.screenshot({ path: path.join(screenshotDir, `${project}-${prefix}${name}.png`), fullPage: true, animations: 'disabled' });
  };
}

/**
 * Uncaught errors in a page fail the test: the test's own page is watched, and `watch` adds
 * any other page the test opens (a second person, say).
 */
export function failOnPageErrors(): { watch(page: Page): void } {
  const errors = new Map<Page, string[]>();
  const watch = (page: Page) => {
    const found: string[] = [];
    page.on('pageerror', (error) => found.push(error.message));
    errors.set(page, found);
  };
  test.beforeEach(({ page }) => watch(page));
  test.afterEach(() => {
    const found = [...errors.values()].flat();
    errors.clear();
    expect(found, 'uncaught errors in the page').toEqual([]);
  });
  return { watch };
}

/**
 * The page does not scroll sideways at the project's width. A phone's viewport widens to
 * fit content that overflows (the browser zooms out), so it is checked against the
 * project's width as well as against the document's.
 */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth, `${what}: viewport width`).toBe(width);
  expect(scrollWidth, `${what}: page width`).toBeLessThanOrEqual(innerWidth);
}

/** Each element lies entirely within the project's width and needs no sideways scrolling inside. */
export async function expectOnScreen(what: string, ...elements: Locator[]): Promise<void> {
  for (const element of elements) {
    const width = element.page().viewportSize()?.width ?? 0;
    const box = await element.boundingBox();
    expect(box, `${what}: ${element.toString()} is shown`).not.toBeNull();
    if (!box) continue;
    expect(box.x, `${what}: left edge of ${element.toString()}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: right edge of ${element.toString()}`).toBeLessThanOrEqual(width);
    const { scrollWidth, clientWidth } = await element.evaluate((node) => ({
      scrollWidth: node.scrollWidth,
      clientWidth: node.clientWidth,
    }));
    expect(scrollWidth, `${what}: ${element.toString()} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
  }
}

/** A second signed-in person in the same test: a context with the project's settings, its page watched for errors. */
export async function newPerson(
  browser: Browser,
  testInfo: TestInfo,
  pageErrors: { watch(page: Page): void },
): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, viewport, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, locale, timezoneId });
  const page = await context.newPage();
  pageErrors.watch(page);
  return { context, page };
}

export const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** Waits out a dialog's, popover's or drawer's opening animation: axe would measure half-faded colours. */
export async function settled(surface: Locator): Promise<void> {
  await surface.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}

/** Signs in through the dev persona picker and lands on the news feed in Japanese. */
export async function signInToNews(page: Page, persona: RegExp): Promise<void> {
  await page.goto('/news');
  await expect(page).toHaveURL(/\/sign-in/);
  const toJapanese = page.getByRole('button', { name: '日本語', exact: true });
  if (await toJapanese.isVisible()) await toJapanese.click();
  await page.getByRole('button', { name: persona }).click();
  await expect(page).toHaveURL(/\/news$/);
  if ((await page.locator('html').getAttribute('lang')) === 'en') {
    await page.getByRole('button', { name: '日本語', exact: true }).click();
  }
  await expect(heading(page)).toHaveText('ニュースレター');
}
