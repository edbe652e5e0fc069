import { SERVER } from '../shared/server';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { documentName, type ScenarioPage } from '../shared/scenarios';

/*
 * Firefox ESR with the Firefox test build, for the shared page scenarios. Playwright cannot drive
 * Debian's firefox-esr; puppeteer-core can, over WebDriver BiDi (docs/browser-notes.md#firefox-esr). Starting
 * Firefox takes seconds, so each worker starts one and every test gets a fresh tab in it.
 *
 * BiDi refuses to open moz-extension:// pages, so no extension page can save settings or read the
 * badge. The worker's copy of the build gets a test bridge instead: a content script on the
 * fixture server's pages that the page can post requests to, and a background script that reads
 * the badge for it. The extension's own code is the build, unchanged.
 */

/** The unpacked Firefox test build (WXT_TEST_HOOKS=1): see scripts/test.mjs. */
export const FIREFOX_EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-test');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// A page of the fixture server without results, for bridge requests made before any page is open.
const BRIDGE_PAGE = 'samples/no-match.html';

const REQUEST = 'shikaku-alert-test:request';
const REPLY = 'shikaku-alert-test:reply';

type BridgeRequest = { action: 'saveSettings'; values: Record<string, unknown> | null } | { action: 'badgeText' };

/** Content script: settings as the popup saves them; the badge through the background. */
const CONTENT_BRIDGE = `
window.addEventListener('message', async (event) => {
  if (event.source !== window || event.data?.type !== '${REQUEST}') return;
  const request = JSON.parse(event.data.json);
  let result = null;
  if (request.action === 'saveSettings' && request.values === null) {
    await browser.storage.local.remove('settings');
  } else if (request.action === 'saveSettings') {
    const { settings } = await browser.storage.local.get('settings');
    await browser.storage.local.set({ settings: { ...settings, ...request.values } });
  } else if (request.action === 'badgeText') {
    result = await browser.runtime.sendMessage({ type: '${REQUEST}:badgeText' });
  }
  window.postMessage({ type: '${REPLY}', result }, '*');
});
`;

/** Background script: this tab's badge (Firefox's MV2 build has browserAction). */
const BACKGROUND_BRIDGE = `
browser.runtime.onMessage.addListener((message, sender) => {
  if (message?.type !== '${REQUEST}:badgeText') return undefined;
  return browser.browserAction.getBadgeText({ tabId: sender.tab.id });
});
`;

/** A copy of the build with the test bridge added. */
function prepareExtension(): string {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox test build in ${FIREFOX_EXTENSION_DIR}: run WXT_TEST_HOOKS=1 npx wxt build -b firefox --mode test`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-firefox-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, 'test-content-bridge.js'), CONTENT_BRIDGE);
  writeFileSync(path.join(dir, 'test-background-bridge.js'), BACKGROUND_BRIDGE);
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.content_scripts.push({ matches: ['http://127.0.0.1/*'], js: ['test-content-bridge.js'], run_at: 'document_start' });
  manifest.background.scripts.push('test-background-bridge.js');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

/** Sends a request to the bridge from the tab's current page (a fixture server page). */
async function bridge(page: Page, request: BridgeRequest): Promise<unknown> {
  if (!page.url().startsWith(SERVER)) await page.goto(new URL(BRIDGE_PAGE, SERVER).href);
  return page.evaluate(
    (type, reply, json) =>
      new Promise<unknown>((resolve) => {
        window.addEventListener('message', (event) => {
          if (event.data?.type === reply) resolve(event.data.result);
        });
        window.postMessage({ type, json }, '*');
      }),
    REQUEST,
    REPLY,
    JSON.stringify(request),
  );
}

/** The Firefox driver of the shared scenarios; `touched` tells the fixture to reset settings. */
function firefoxScenarioPage(page: Page): ScenarioPage & { touched: boolean } {
  const driver = {
    touched: false,
    addInitScript: async (fn: () => void) => {
      await page.evaluateOnNewDocument(fn);
    },
    goto: async (to: string) => {
      await page.goto(new URL(to, SERVER).href);
    },
    documents: () =>
      page
        .frames()
        .filter((frame) => !frame.detached)
        .map((frame, index) => ({
          name: documentName(index, frame.url()),
          evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
            frame.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
        })),
    setUserSettings: async (values: Record<string, unknown>) => {
      driver.touched = true;
      await bridge(page, { action: 'saveSettings', values });
    },
    badgeText: async () => String(await bridge(page, { action: 'badgeText' })),
    type: async (selector: string, text: string) => {
      await page.type(selector, text);
    },
    // WebDriver BiDi knows the space bar by its character only.
    pressKey: (key: 'Enter' | 'Space' | 'Tab') => page.keyboard.press(key === 'Space' ? ' ' : key),
    // WebDriver BiDi's browsingContext.print: Firefox's own print path.
    printToPdf: () => page.pdf({ format: 'A4' }),
  };
  return driver;
}

interface FirefoxWorkerFixtures {
  firefox: Browser;
}

interface FirefoxTestFixtures {
  /** A fresh tab in the worker's Firefox; settings a test saved are cleared after it. */
  firefoxPage: ScenarioPage;
}

export const test = base.extend<FirefoxTestFixtures, FirefoxWorkerFixtures>({
  firefox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first.
    async ({}, use) => {
      const extensionDir = prepareExtension();
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        // The extension's default locale, as in the Chromium tests (needs firefox-esr-l10n-ja).
        extraPrefsFirefox: { 'intl.locale.requested': 'ja' },
      });
      try {
        expect(await browser.installExtension(extensionDir)).toBe(JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id);
        await use(browser);
      } finally {
        await browser.close();
        rmSync(extensionDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  firefoxPage: async ({ firefox }, use) => {
    const page = await firefox.newPage();
    const driver = firefoxScenarioPage(page);
    await use(driver);
    if (driver.touched) await bridge(page, { action: 'saveSettings', values: null });
    await page.close();
  },
});

export { expect };
