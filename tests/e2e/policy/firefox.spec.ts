import { HOST, message, SERVER } from '../shared/server';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/*
 * Real enterprise policy in Firefox ESR: distribution/policies.json next to the browser, read at
 * start-up, handed to the extension without a schema. Playwright cannot drive Debian's firefox-esr,
 * puppeteer-core can (docs/browser-notes.md#policy-file-firefox-esr). policies.json is machine-wide: the extension runs under
 * a test-only gecko id, the file sets policy for that id only, and the administrator's own file,
 * if any, is kept (merged) and restored afterwards.
 */

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-test');
const POLICIES_FILE = path.join(path.dirname(realpathSync(FIREFOX)), 'distribution/policies.json');
const TEST_GECKO_ID = 'shikaku-alert-policy-test@shikaku-alert.jp';
const INVALID_RESULT = `${SERVER}tests/fixtures/policy/invalid-result.html`;
const EXTRA_PATTERN_RESULT = `${SERVER}tests/fixtures/policy/extra-pattern-result.html`;
/** The reminder in each of the extension's languages (Firefox here may run in English). */
const reminders = (key: string) => (['ja', 'en'] as const).map((locale) => message(key, locale));

// The policy project runs a file's tests one after another: one browser, one policies.json at a time.
test.describe.configure({ timeout: 90_000 });

let extensionDir = '';
let original: string | undefined;
let browser: Browser | undefined;

test.beforeAll(() => {
  if (!existsSync(path.join(BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox test build in ${BUILD}: run WXT_TEST_HOOKS=1 npx wxt build -b firefox --mode test`);
  }
  extensionDir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-policy-firefox-'));
  cpSync(BUILD, extensionDir, { recursive: true });
  const manifestFile = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.browser_specific_settings.gecko.id = TEST_GECKO_ID;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  original = existsSync(POLICIES_FILE) ? readFileSync(POLICIES_FILE, 'utf8') : undefined;
});

test.afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

test.afterAll(() => {
  restorePolicies();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

/** Puts back the machine's own policies.json, or none. */
function restorePolicies(): void {
  if (original === undefined) rmSync(POLICIES_FILE, { force: true });
  else writeFileSync(POLICIES_FILE, original);
}

/** policies.json with our values for the test id, beside whatever the machine already sets. */
function writePolicies(values: Record<string, unknown>): void {
  const existing = original ? JSON.parse(original) : { policies: {} };
  const thirdParty = existing.policies?.['3rdparty'] ?? {};
  const policies = {
    ...existing.policies,
    '3rdparty': { ...thirdParty, Extensions: { ...thirdParty.Extensions, [TEST_GECKO_ID]: values } },
  };
  try {
    writeFileSync(POLICIES_FILE, JSON.stringify({ ...existing, policies }));
  } catch (error) {
    throw new Error(`Cannot write ${POLICIES_FILE} (the policy tests run as root, as in CI): ${error}`);
  }
}

/** Firefox reads policies.json only when it starts: write it first, then launch. */
async function launch(): Promise<Page> {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  expect(await browser.installExtension(extensionDir)).toBe(TEST_GECKO_ID);
  return browser.newPage();
}

async function panelState(page: Page): Promise<{ status: string | null; reminder: string | undefined } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('shikaku-alert');
    if (!host) return null;
    return { status: host.getAttribute('data-status'), reminder: host.shadowRoot?.querySelector('.reminder')?.textContent ?? undefined };
  });
}

async function expectNoPanel(page: Page, url: string, why: string): Promise<void> {
  await page.goto(url);
  // Long enough for the content script to start and scan (the same page shows a panel elsewhere).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await panelState(page), why).toBeNull();
}

test('policies.json values typed as 1/0 and strings are coerced and applied on pages', async () => {
  writePolicies({
    enabled: 1,
    lockSettings: '0',
    role: 'PHARMACY',
    siteAllowlist: HOST,
    siteBlocklist: JSON.stringify([`*://${HOST}/*blocked*`]),
    extraPatterns: '該当資格なし',
  });
  const page = await launch();

  await page.goto(INVALID_RESULT);
  await expect.poll(() => panelState(page), { timeout: 15_000 }).toMatchObject({ status: 'invalid' });
  expect(reminders('reminderPharmacy'), 'role "PHARMACY" read as pharmacy').toContain((await panelState(page))?.reminder);

  await page.goto(EXTRA_PATTERN_RESULT);
  await expect.poll(() => panelState(page), { timeout: 15_000 }).toMatchObject({ status: 'custom' });

  await expectNoPanel(page, `${INVALID_RESULT}?blocked`, 'a JSON list in a string blocks the page');
  await expectNoPanel(page, INVALID_RESULT.replace('127.0.0.1', 'localhost'), 'a one-site string allows only that site');
});

test('enabled: "0" in policies.json turns the extension off; with no policy it runs on defaults', async () => {
  writePolicies({ enabled: '0' });
  const page = await launch();
  await expectNoPanel(page, INVALID_RESULT, 'off by policy');
  // Without any policy for the extension the panel shows (the check above was not vacuous), and
  // storage.managed.get() rejecting for want of a policy leaves the defaults in place.
  restorePolicies();
  await browser?.close();
  const again = await launch();
  await again.goto(INVALID_RESULT);
  await expect.poll(() => panelState(again), { timeout: 15_000 }).toMatchObject({ status: 'invalid' });
});

test('policies.json turns 「窓口での確認」 off ("0") and replaces a source link; an http link is not used', async () => {
  const moved = 'https://www.example.go.jp/moved#Q21';
  writePolicies({ showDeskSteps: '0', sourceLinkCardQa: moved, sourceLinkOqsQa: 'http://www.example.go.jp/insecure' });
  const page = await launch();
  await page.goto(INVALID_RESULT);
  const links = () =>
    page.evaluate(() => {
      const root = document.querySelector('shikaku-alert')?.shadowRoot;
      if (!root) return null;
      return { desk: root.querySelector('.desk') !== null, links: [...root.querySelectorAll('.source a')].map((a) => a.getAttribute('href')) };
    });
  await expect.poll(links, { timeout: 15_000 }).toEqual({
    desk: false,
    links: [
      moved,
      'https://www.mhlw.go.jp/stf/newpage_24976.html#Q21',
      'https://www.kojinbango-card.go.jp/contact/tel/',
      'https://www.iryohokenjyoho-portalsite.jp/post-7.html',
    ],
  });
});
