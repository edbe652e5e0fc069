import { defineConfig } from '@playwright/test';

// Browser tests with the test build of the extension (scripts/test.mjs builds it first):
// - chromium: Debian's Chromium driven by Playwright;
// - policy: real managed-policy files, one browser at a time (a policy file is machine-wide).
// TEST_PORT lets a second checkout run its suite beside this one.
const port = process.env.TEST_PORT ?? '8765';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  projects: [
    { name: 'chromium', testIgnore: /policy.*\.spec\.ts$/ },
    { name: 'policy', testMatch: /policy.*\.spec\.ts$/, fullyParallel: false },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://127.0.0.1:${port}/package.json`,
    reuseExistingServer: true,
    env: { PORT: port },
  },
  use: { baseURL: `http://127.0.0.1:${port}/` },
});
