import { defineConfig } from '@playwright/test';

// Browser tests with the test builds of the extension (scripts/test.mjs builds them first):
// - chromium: Debian's Chromium driven by Playwright;
// - firefox: Debian's Firefox ESR driven by puppeteer-core (firefox-*.spec.ts), the same page
//   scenarios as in Chromium (scenarios-*.ts);
// - policy: real managed-policy files, one browser at a time (a policy file is machine-wide).
// TEST_PORT lets a second checkout run its suite beside this one.
const port = process.env.TEST_PORT ?? '8765';
const FIREFOX_SPECS = /(^|[/\\])firefox-[^/\\]*\.spec\.ts$/;
const POLICY_SPECS = /(^|[/\\])policy[^/\\]*\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  projects: [
    { name: 'chromium', testIgnore: [FIREFOX_SPECS, POLICY_SPECS] },
    { name: 'firefox', testMatch: FIREFOX_SPECS },
    { name: 'policy', testMatch: POLICY_SPECS, fullyParallel: false },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://127.0.0.1:${port}/package.json`,
    reuseExistingServer: true,
    env: { PORT: port },
  },
  use: { baseURL: `http://127.0.0.1:${port}/` },
});
