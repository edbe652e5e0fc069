// The whole test suite (README: `npm test`): set-up, type-check, lint, unit tests in three time
// zones, web-ext lint, browser tests in real Chromium and Firefox ESR. Ends with one line
// "N passed, N failed" over everything.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser, ensureDependencies, root, run } from './lib/setup.mjs';

const results = path.join(root, 'test-results');
const tally = { passed: 0, failed: 0 };

function check(name, status) {
  console.log(`${status === 0 ? '✓' : '✗'} ${name}`);
  tally[status === 0 ? 'passed' : 'failed'] += 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A runner that wrote no report (crashed, or failed to start) counts as one failure. */
function countReport(name, report, passed, failed) {
  if (!report) {
    console.log(`✗ ${name}: no report was written`);
    tally.failed += 1;
    return;
  }
  tally.passed += passed(report);
  tally.failed += failed(report);
}

try {
  ensureDependencies();
  process.env.CHROMIUM_PATH = ensureBrowser('chromium');
  process.env.FIREFOX_PATH = ensureBrowser('firefox');
} catch (error) {
  console.error(`\n${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

// wxt prepare regenerates .wxt/ types (message keys, auto-imports) from the current sources.
check('type-check (wxt prepare, tsc --noEmit)', run('npx', ['wxt', 'prepare']) || run('npx', ['tsc', '--noEmit']));
check('lint (biome check)', run('npx', ['biome', 'check', '--error-on-warnings', '.']));
check(
  'policy templates (ADMX/ADML against the PolicyDefinitions schema, references, examples)',
  run('npx', ['tsx', 'scripts/validate-policy-templates.ts']),
);

// Time in Japan must not depend on the computer's time zone (docs/domain.md#calendar-rules): run the unit tests in three.
for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
  const file = path.join(results, `unit-${tz.replace('/', '-')}.json`);
  console.log(`\n› unit tests, TZ=${tz}`);
  run('npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`], {
    env: { ...process.env, TZ: tz },
  });
  countReport(`unit tests (TZ=${tz})`, readJson(file), (r) => r.numPassedTests, (r) => r.numFailedTests + (r.success ? 0 : r.numTotalTests === 0 ? 1 : 0));
}

console.log('\n› building the test extensions (WXT_TEST_HOOKS=1)');
const testBuild = (browser) =>
  run('npx', ['wxt', 'build', '-b', browser, '--mode', 'test'], { env: { ...process.env, WXT_TEST_HOOKS: '1' } });
const built = testBuild('chrome');
check('build (chrome-mv3, test)', built);
const builtFirefox = testBuild('firefox');
check('build (firefox-mv2, test)', builtFirefox);
// Mozilla's linter on the production build, not the test build: that is the package
// addons.mozilla.org receives, and it lacks the test hooks a test build carries.
const { WXT_TEST_HOOKS: _testHooks, ...productionEnv } = process.env;
check(
  'web-ext lint (Firefox production build: no errors or notices, only the warnings the README explains)',
  run('npx', ['wxt', 'build', '-b', 'firefox'], { env: productionEnv }) || run('node', ['scripts/lint-firefox.mjs', '.output/firefox-mv2']),
);

if (built === 0 && builtFirefox === 0) {
  console.log('\n› browser tests (Chromium, Firefox ESR, policy)');
  const file = path.join(results, 'e2e.json');
  run('npx', ['playwright', 'test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  countReport(
    'browser tests',
    existsSync(file) ? readJson(file) : undefined,
    (r) => r.stats.expected + r.stats.flaky,
    (r) => r.stats.unexpected + r.stats.skipped + (r.errors?.length ?? 0),
  );
}

// The release's packaging stage twice (equal SHA256SUMS) and AMO's rebuild from the sources zip.
console.log('\n› reproducible release (scripts/release/reproducibility-check.ts)');
check('release: two packaging runs are byte-identical; the Firefox package rebuilds from its sources', run('npx', ['tsx', 'scripts/release/reproducibility-check.ts']));

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
