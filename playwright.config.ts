import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// Browser tests with the test builds of the extension (scripts/test.mjs builds them first), one
// folder per runner:
// - tests/e2e/chromium: Debian's Chromium driven by Playwright;
// - tests/e2e/firefox: Debian's Firefox ESR driven by puppeteer-core, the same page scenarios
//   (tests/e2e/shared) as in Chromium;
// - tests/e2e/policy: real managed-policy files, one browser at a time (a policy file is machine-wide);
// - performance: chromium/hostile-performance.spec.ts, after the others, alone.

/**
 * The fixture server's port: TEST_PORT when set, else a free one, chosen once here and handed to
 * the workers (they inherit the environment), so a busy port never stops the browser tests.
 */
function serverPort(): string {
  process.env.TEST_PORT ??= execFileSync(
    process.execPath,
    ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
    { encoding: 'utf8' },
  ).trim();
  return process.env.TEST_PORT;
}
const port = serverPort();
const HOSTILE_PERFORMANCE = /hostile-performance\.spec\.ts$/;

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  globalSetup: './tests/e2e/shared/policyFolders.ts',
  projects: [
    { name: 'chromium', testDir: 'tests/e2e/chromium', testIgnore: HOSTILE_PERFORMANCE },
    { name: 'firefox', testDir: 'tests/e2e/firefox' },
    { name: 'policy', testDir: 'tests/e2e/policy', fullyParallel: false },
    // The longest stretch of our script on hostile pages, from a CPU profile: with a second browser
    // busy on the other core, descheduling shows up as our time (a 70 ms "stretch" seen once), so
    // these run last and alone.
    {
      name: 'performance',
      testDir: 'tests/e2e/chromium',
      testMatch: HOSTILE_PERFORMANCE,
      dependencies: ['chromium', 'firefox', 'policy'],
      workers: 1,
    },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://127.0.0.1:${port}/package.json`,
    reuseExistingServer: true,
    env: { PORT: port },
  },
  use: { baseURL: `http://127.0.0.1:${port}/` },
});
