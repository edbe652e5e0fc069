import { SERVER } from '../shared/server';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { runtimeHosts } from '../../../lib/settings/hostRestriction';
import { firefoxPolicyJson } from '../../../lib/settings/policyExport';
import { type PrivateFirefox, privatePolicyFirefox } from './privateFirefox';

/*
 * The same restriction in Firefox ESR (policies.json ExtensionSettings, read at start-up), applied
 * to the add-on puppeteer installs as a temporary add-on: 127.0.0.1 allowed, localhost (the same
 * fixture server) not. The policies.json is private to this browser (privateFirefox.ts).
 *
 * BiDi cannot reach the background page, so the copy gets a small bridge (as tests/e2e/firefox/
 * extension.ts does): the background records the page of every message it receives, and a content
 * script on 127.0.0.1 pages hands the list to the test.
 */

const BUILD = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-test');
const TEST_GECKO_ID = 'shikaku-alert-host-restriction-test@shikaku-alert.jp';
const ALLOWED_PAGE = `${SERVER}tests/fixtures/policy/invalid-result.html`;
const BLOCKED_PAGE = ALLOWED_PAGE.replace('127.0.0.1', 'localhost');
const HOOKED = ['shikaku-alert:shadow-root-attached', 'shikaku-alert:control-value-set'];
const HEARD = 'shikaku-alert-test:heard';

const BACKGROUND_BRIDGE = `
const heardFrom = [];
browser.runtime.onMessage.addListener((message, sender) => {
  if (message?.type === '${HEARD}') return Promise.resolve(heardFrom);
  heardFrom.push(sender.url);
  return undefined;
});
`;
const CONTENT_BRIDGE = `
window.addEventListener('message', async (event) => {
  if (event.source !== window || event.data?.type !== '${HEARD}') return;
  const heard = await browser.runtime.sendMessage({ type: '${HEARD}' });
  window.postMessage({ type: '${HEARD}:reply', heard }, '*');
});
`;

test.describe.configure({ timeout: 120_000 });

let extensionDir = '';
let firefox: PrivateFirefox | undefined;
let browser: Browser | undefined;

test.beforeAll(() => {
  if (!existsSync(path.join(BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox test build in ${BUILD}: run WXT_TEST_HOOKS=1 npx wxt build -b firefox --mode test`);
  }
  extensionDir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-host-restriction-firefox-'));
  cpSync(BUILD, extensionDir, { recursive: true });
  const manifestFile = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.browser_specific_settings.gecko.id = TEST_GECKO_ID;
  writeFileSync(path.join(extensionDir, 'test-background-bridge.js'), BACKGROUND_BRIDGE);
  writeFileSync(path.join(extensionDir, 'test-content-bridge.js'), CONTENT_BRIDGE);
  manifest.background.scripts.push('test-background-bridge.js');
  manifest.content_scripts.push({ matches: ['http://127.0.0.1/*'], js: ['test-content-bridge.js'], run_at: 'document_start' });
  writeFileSync(manifestFile, JSON.stringify(manifest));
  firefox = privatePolicyFirefox();
});

test.afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

test.afterAll(() => {
  firefox?.dispose();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

async function launch(): Promise<Page> {
  if (!firefox) throw new Error('no private Firefox');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox.executable, headless: true });
  expect(await browser.installExtension(extensionDir)).toBe(TEST_GECKO_ID);
  return browser.newPage();
}

/** The extension's host element and highlights, and whether the page-world hooks answer. */
function traces(page: Page) {
  return page.evaluate(() => {
    const pageHooks: string[] = [];
    const host = document.createElement('div');
    const input = document.createElement('input');
    document.body.append(host, input);
    host.addEventListener('shikaku-alert:shadow-root-attached', (event) => pageHooks.push(event.type));
    input.addEventListener('shikaku-alert:control-value-set', (event) => pageHooks.push(event.type));
    host.attachShadow({ mode: 'open' });
    input.value = 'probe';
    host.remove();
    input.remove();
    return {
      hostElements: document.querySelectorAll('shikaku-alert').length,
      highlights: document.querySelectorAll('[data-shikaku-alert-match]').length,
      pageHooks,
    };
  });
}

/** The pages whose scripts messaged the background so far (asked from a 127.0.0.1 page). */
function heardFrom(page: Page): Promise<string[]> {
  return page.evaluate(
    (type) =>
      new Promise<string[]>((resolve) => {
        window.addEventListener('message', (event) => {
          if (event.data?.type === `${type}:reply`) resolve(event.data.heard);
        });
        window.postMessage({ type }, '*');
      }),
    HEARD,
  );
}

async function settledTraces(page: Page, url: string) {
  await page.goto(url);
  // Long enough for the content script to start and scan (the same page shows a panel elsewhere).
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return traces(page);
}

test('Firefox: with ExtensionSettings confining the temporary add-on to 127.0.0.1, nothing of it runs on localhost; 127.0.0.1 gets the panel', async () => {
  if (!firefox) throw new Error('no private Firefox');
  // Without the restriction, localhost gets the panel: the host name alone is not what stops it.
  const control = await launch();
  expect(await settledTraces(control, BLOCKED_PAGE), 'localhost without the restriction').toEqual({ hostElements: 1, highlights: 1, pageHooks: HOOKED });
  await control.goto(ALLOWED_PAGE);
  expect(await heardFrom(control), 'the bridge hears localhost’s messages when nothing blocks them').toContain(BLOCKED_PAGE);
  await browser?.close();

  const { allowed } = runtimeHosts(['127.0.0.1']);
  const policies = firefoxPolicyJson(TEST_GECKO_ID, {}, allowed);
  firefox.writePolicies(policies);
  console.log(`policies.json:\n${JSON.stringify(policies, null, 2)}`);
  const page = await launch();
  const blocked = await settledTraces(page, BLOCKED_PAGE);
  console.log(`localhost (blocked): ${JSON.stringify(blocked)}`);
  const shown = await settledTraces(page, ALLOWED_PAGE);
  const heard = await heardFrom(page);
  console.log(`127.0.0.1 (allowed): ${JSON.stringify(shown)}; messages from: ${JSON.stringify(heard)}`);
  expect(blocked, 'on localhost: no host element, no highlight, no page-world hooks').toEqual({ hostElements: 0, highlights: 0, pageHooks: [] });
  expect(shown, 'on 127.0.0.1').toEqual({ hostElements: 1, highlights: 1, pageHooks: HOOKED });
  expect(heard, 'the page on 127.0.0.1 talked to the background').toContain(ALLOWED_PAGE);
  expect(heard.filter((url) => !url.startsWith(SERVER)), 'no message from a page on localhost').toEqual([]);
});
