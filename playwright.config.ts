import { defineConfig } from '@playwright/test';

// Browser tests: Debian's Chromium with the test build of the extension (scripts/test.mjs builds it).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  webServer: {
    command: 'node scripts/serve.mjs',
    url: 'http://127.0.0.1:8765/package.json',
    reuseExistingServer: true,
    env: { PORT: '8765' },
  },
  use: { baseURL: 'http://127.0.0.1:8765/' },
});
