import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '../..');
const port = 3100;
const baseURL = process.env['E2E_BASE_URL'] ?? `http://127.0.0.1:${port}`;

// Debian's Chromium; Playwright never downloads its own browser (no network in CI).
const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  testDir: '.',
  outputDir: path.join(repoRoot, 'test-results/e2e-artifacts'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  // One retry in CI, where two cores run a whole flow in a minute: a test that passes only on
  // the retry is still reported, by name, as flaky in .ci/run's summary.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: path.join(repoRoot, 'test-results/e2e.json') }]],
  use: {
    baseURL,
    headless: true,
    launchOptions,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions },
      grepInvert: /@phone/,
    },
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        launchOptions,
      },
      grep: /@phone/,
    },
  ],
  webServer: process.env['E2E_BASE_URL']
    ? undefined
    : {
        command: 'node tools/start.mjs',
        cwd: repoRoot,
        // Trusted documents on, as in production: the real client must send only its own operations.
        env: { ...process.env, PORT: String(port), TRUSTED_DOCUMENTS: 'enforce' } as Record<string, string>,
        url: `http://127.0.0.1:${port}/health/ready`,
        reuseExistingServer: !process.env['CI'],
        timeout: 300_000,
        stdout: 'ignore',
        stderr: 'pipe',
        // SIGTERM lets start.mjs stop the api and its database in order.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      },
});
