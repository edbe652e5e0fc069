import { HOST, message, SERVER } from '../shared/server';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { extensionId, manifestKey } from '../../../lib/policy/extensionId';
import { launchWithExtension } from '../../../scripts/lib/launch.mjs';
import { EXTENSION_DIR, panel, setTestClock } from '../chromium/extension';

/*
 * Real managed policy in Debian's Chromium: a JSON file in /etc/chromium/policies/managed/ (needs
 * root, as in CI). That directory is machine-wide and other Chromium tests run at the same time, so
 * these tests run a copy of the test build under a test-only key (its own extension ID) and write
 * policy for that ID only, in a file of their own that afterEach removes, also after a failure.
 */

const POLICY_DIR = '/etc/chromium/policies/managed';
const TEST_KEY = manifestKey(readFileSync(path.resolve('tests/fixtures/policy/test-key.pub.pem'), 'utf8'));
const TEST_ID = extensionId(TEST_KEY);
const INVALID_RESULT = `${SERVER}tests/fixtures/policy/invalid-result.html`;
const EXTRA_PATTERN_RESULT = `${SERVER}tests/fixtures/policy/extra-pattern-result.html`;
const MANAGED_BY_ADMIN = message('managedByAdmin');
// Chromium reread a changed policy file within 8 s here (docs/browser-notes.md#policy-files); leave room.
const POLICY_REFRESH = { timeout: 25_000 };

// The policy project runs a file's tests one after another: one browser, one policy file at a time.
test.describe.configure({ timeout: 120_000 });

let extensionDir = '';
let policyFile: string | undefined;
let context: BrowserContext | undefined;

test.beforeAll(() => {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build in ${EXTENSION_DIR}: run WXT_TEST_HOOKS=1 npx wxt build --mode test`);
  }
  extensionDir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-policy-ext-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestFile = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  expect(manifest.storage, 'the build declares its managed schema').toEqual({ managed_schema: 'managed_schema.json' });
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, key: TEST_KEY }));
});

test.afterEach(async () => {
  await context?.close();
  context = undefined;
  removePolicy();
});

test.afterAll(() => {
  removePolicy();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

/** Writes (or replaces) this run's policy file for the test ID; renamed into place in one step. */
function writePolicy(values: Record<string, unknown>): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
  } catch (error) {
    throw new Error(`Cannot write ${POLICY_DIR} (the policy tests run as root, as in CI): ${error}`);
  }
  policyFile ??= path.join(POLICY_DIR, `shikaku-alert-policy-test-${process.pid}-${Date.now()}.json`);
  // Outside the watched directory, so Chromium never reads a half-written file.
  const staging = path.join(path.dirname(POLICY_DIR), `.${path.basename(policyFile)}.tmp`);
  writeFileSync(staging, JSON.stringify({ '3rdparty': { extensions: { [TEST_ID]: values } } }));
  renameSync(staging, policyFile);
}

function removePolicy(): void {
  if (policyFile) rmSync(policyFile, { force: true });
  policyFile = undefined;
}

async function launch(): Promise<{ context: BrowserContext; worker: Worker; page: Page }> {
  const launched = await launchWithExtension({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    extensionDir,
  });
  context = launched.context;
  expect(launched.extensionId, 'the copy runs under the test-only ID, never the release ID').toBe(TEST_ID);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, worker: launched.worker, page };
}

async function optionsPage(browser: BrowserContext): Promise<Page> {
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${TEST_ID}/options.html`);
  return options;
}

/** The form control of one setting on the options page or in the popup. */
function control(page: Page, key: string) {
  return page.locator(`[data-setting="${key}"]`).locator('input, textarea').first();
}

/** The keys the 「管理者設定の状態」 section lists as set by policy. */
async function appliedKeys(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="policy-applied"] code').allTextContents()).sort();
}

async function expectLocked(page: Page, key: string): Promise<void> {
  await expect(control(page, key), `${key} cannot be edited`).toBeDisabled(POLICY_REFRESH);
  await expect(page.locator(`[data-setting="${key}"] .managed`), `${key} says who set it`).toHaveText(MANAGED_BY_ADMIN);
}

async function expectEditable(page: Page, key: string): Promise<void> {
  await expect(control(page, key), `${key} stays the user's`).toBeEnabled(POLICY_REFRESH);
  await expect(page.locator(`[data-setting="${key}"] .managed`)).toHaveCount(0);
}

test('a policy file sets every group of settings: the page follows it, the options page and popup show it locked, bad values are listed', async () => {
  const applied = {
    enabled: true,
    role: 'pharmacy',
    siteAllowlist: [HOST],
    siteBlocklist: [`*://${HOST}/*blocked*`, 'not a site'],
    extraPatterns: ['該当資格なし'],
    freeDialHoursWeekday: '10:15-19:45',
    yearEndClosedFrom: '12-28',
    extraClosedDates: ['2026-11-25'],
    slipPaperSize: 'A6',
    clinicName: 'さくら内科クリニック',
    lockSettings: false,
  };
  writePolicy({ ...applied, freeDialHoursSaturday: '25:00-26:00' });
  const { context, worker, page } = await launch();
  // 2026-11-25 is a Wednesday: open at 10:00 by default, closed by the policy's extra closed date.
  await setTestClock(worker, '2026-11-25T10:00:00+09:00');
  // Pages opened once Chromium has read the policy (it takes seconds after start-up).
  await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get()), POLICY_REFRESH).toHaveProperty('role');

  await page.goto(INVALID_RESULT);
  const host = panel(page);
  await expect(host, 'panel on an allowed site').toHaveAttribute('data-status', 'invalid', POLICY_REFRESH);
  await expect(host.locator('.reminder'), 'role pharmacy').toHaveText(message('reminderPharmacy'), POLICY_REFRESH);
  const freeDial = host.locator('.line-freeDial');
  await expect(freeDial.locator('.today'), 'extra closed date').toHaveText('本日は受付なし');
  await expect(freeDial.locator('.state'), 'weekday hours').toHaveText('受付時間外 次は 11/26（木）10:15 から');
  await expect(freeDial.locator('.week'), 'weekday hours and year-end closure').toContainText('平日 10:15〜19:45');
  await expect(freeDial.locator('.week'), 'year-end closure from 12/28').toContainText('12/28〜1/3');
  await expect(freeDial.locator('.week'), 'the bad Saturday value is not used').toContainText('土・日・祝 9:30〜17:30');

  await page.goto(EXTRA_PATTERN_RESULT);
  await expect(panel(page), 'extra pattern from policy').toHaveAttribute('data-status', 'custom');

  await page.goto(`${INVALID_RESULT}?blocked`);
  await page.waitForTimeout(1500);
  await expect(panel(page), 'no panel on a blocked page').toHaveCount(0);
  await page.goto(INVALID_RESULT.replace('127.0.0.1', 'localhost'));
  await page.waitForTimeout(1500);
  await expect(panel(page), 'no panel on a site outside the allowlist').toHaveCount(0);

  await page.goto(`chrome-extension://${TEST_ID}/slip.html?print=0`);
  await expect(page.locator('.sheet'), 'slip paper size').toHaveAttribute('data-size', 'A6');
  await expect(page.locator('.sheet .clinic'), 'facility name on the slip').toHaveText('さくら内科クリニック');

  const options = await optionsPage(context);
  for (const key of Object.keys(applied)) await expectLocked(options, key);
  await expectEditable(options, 'freeDialHoursSaturday');
  await expectEditable(options, 'institutionsHoursWeekday');
  await expect.poll(() => appliedKeys(options)).toEqual(Object.keys(applied).sort());
  const rejected = options.locator('[data-testid="policy-rejected"]');
  await expect(rejected).toContainText('freeDialHoursSaturday = 25:00-26:00');
  await expect(rejected).toContainText('siteBlocklist = not a site');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${TEST_ID}/popup.html`);
  await expectLocked(popup, 'role');
  await expectLocked(popup, 'enabled');
});

test('a policy changed while the browser runs takes effect without a restart, and removing it hands control back', async () => {
  const { context, page } = await launch();
  await page.goto(INVALID_RESULT);
  await expect(panel(page)).toHaveCount(1, POLICY_REFRESH);
  const options = await optionsPage(context);
  await expect(options.getByTestId('policy-none')).toBeVisible();
  await expectEditable(options, 'enabled');

  writePolicy({ enabled: false, lockSettings: true });
  await expect(panel(page), 'turned off by policy on the open page').toHaveCount(0, POLICY_REFRESH);
  await expectLocked(options, 'enabled');
  // lockSettings locks what policy leaves unset, too.
  await expectLocked(options, 'institutionsHoursWeekday');
  await expect.poll(() => appliedKeys(options)).toEqual(['enabled', 'lockSettings']);

  removePolicy();
  await expect(panel(page), 'back once the policy is gone').toHaveCount(1, POLICY_REFRESH);
  await expect(options.getByTestId('policy-none')).toBeVisible(POLICY_REFRESH);
  await expectEditable(options, 'enabled');
});

test('a policy that arrives while a page is open changes the panel’s wording there at once', async () => {
  const { worker, page } = await launch();
  await page.goto(INVALID_RESULT);
  await expect(panel(page).locator('.reminder')).toHaveText(message('reminderClinic'), POLICY_REFRESH);
  // Start just after the panel's minute tick, so that tick cannot be what updates the wording.
  await page.waitForTimeout(60_000 - (Date.now() % 60_000) + 500);
  writePolicy({ role: 'pharmacy', extraPatterns: ['該当資格なし'] });
  await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get()), POLICY_REFRESH).toHaveProperty('role');
  await expect(panel(page).locator('.reminder')).toHaveText(message('reminderPharmacy'), { timeout: 5_000 });
});

test('policy turns 「窓口での確認」 off and replaces a source link; a refused link is listed and the default stays', async () => {
  const moved = 'https://www.example.go.jp/moved#Q21';
  writePolicy({ showDeskSteps: false, sourceLinkCardQa: moved, sourceLinkDeskSteps: 'javascript:alert(1)' });
  const { context, worker, page } = await launch();
  await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get()), POLICY_REFRESH).toHaveProperty('showDeskSteps');
  await page.goto(INVALID_RESULT);
  const host = panel(page);
  await expect(host.locator('.source a').first(), 'the replaced source link').toHaveAttribute('href', moved, POLICY_REFRESH);
  await expect(host.locator('.desk'), 'the section is off by policy').toHaveCount(0);
  const options = await optionsPage(context);
  await expect.poll(() => appliedKeys(options)).toEqual(['showDeskSteps', 'sourceLinkCardQa']);
  await expect(options.locator('[data-testid="policy-rejected"]')).toContainText('sourceLinkDeskSteps = javascript:alert(1)');
  await expectLocked(options, 'showDeskSteps');

  // With the section back on, a replaced address is what its steps cite.
  writePolicy({ sourceLinkDeskSteps: 'https://www.example.go.jp/taisho' });
  await expect(host.locator('.desk-topic li a').first()).toHaveAttribute('href', 'https://www.example.go.jp/taisho', POLICY_REFRESH);
  await expect(host.locator('.source a').first(), 'the policy no longer replaces it').toHaveAttribute(
    'href',
    'https://www.mhlw.go.jp/stf/newpage_08277.html#Q21',
  );
});
