import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests of the built static site in Debian's Chromium (Playwright never downloads a
 * browser here: `/usr/bin/chromium`, or `CHROMIUM_PATH`). The web server builds the site and
 * serves the production build with `vite preview`. `E2E_PORT` moves it off 4173 when another
 * preview is already running there.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: ci,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 } }],
  webServer: {
    command: `pnpm run build && pnpm exec vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !ci && process.env.E2E_FRESH_SERVER === undefined,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  },
});
