import { message, SERVER } from '../shared/server';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { extensionId, manifestKey } from '../../../lib/policy/extensionId';
import { runtimeHosts } from '../../../lib/settings/hostRestriction';
import { chromiumPolicyJson } from '../../../lib/settings/policyExport';
import { EXTENSION_DIR, panel } from '../chromium/extension';
import { launchPrivate, type PrivatePolicy, privatePolicyChromium } from '../chromium/privateChromium';

/*
 * ExtensionSettings → runtime_blocked_hosts ["*://*"] + runtime_allowed_hosts [127.0.0.1], as the
 * options page exports it, in a real policy file that only these browsers see (privateChromium.ts).
 * One fixture server, two host names: 127.0.0.1 is allowed, localhost (the same server) is not.
 * The build runs under the test key's ID (tests/fixtures/policy/test-key.pub.pem).
 */

const TEST_KEY = manifestKey(readFileSync(path.resolve('tests/fixtures/policy/test-key.pub.pem'), 'utf8'));
const TEST_ID = extensionId(TEST_KEY);
const ALLOWED_PAGE = `${SERVER}tests/fixtures/policy/invalid-result.html`;
const BLOCKED_PAGE = ALLOWED_PAGE.replace('127.0.0.1', 'localhost');
// Long enough for a content script at document_idle and its message round-trip on a busy machine.
const SETTLE_MS = 2_000;

test.describe.configure({ timeout: 120_000 });

let work = '';
let extensionDir = '';
let policy: PrivatePolicy | undefined;
let context: BrowserContext | undefined;

test.beforeAll(() => {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build in ${EXTENSION_DIR}: run WXT_TEST_HOOKS=1 npx wxt build --mode test`);
  }
  work = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-host-restriction-'));
  extensionDir = path.join(work, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestFile = path.join(extensionDir, 'manifest.json');
  writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), key: TEST_KEY }));
  policy = privatePolicyChromium();
});

test.afterEach(async () => {
  await context?.close();
  context = undefined;
});

test.afterAll(() => {
  policy?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function launch(profile: string): Promise<{ worker: Worker; page: Page }> {
  if (!policy) throw new Error('no private policy folder');
  context = await launchPrivate(policy, path.join(work, profile), { extensionDir });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  expect(new URL(worker.url()).host, 'the copy runs under the test key’s ID').toBe(TEST_ID);
  // Every message a content script sends, by the URL of its page.
  await worker.evaluate(() => {
    const heard: string[] = [];
    (globalThis as unknown as { heardFrom: string[] }).heardFrom = heard;
    chrome.runtime.onMessage.addListener((_message, sender) => {
      heard.push(sender.url ?? '');
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { worker, page };
}

const heardFrom = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { heardFrom: string[] }).heardFrom);

/** Whether the page-world hooks (entrypoints/page-hooks.content.ts) report to the content script. */
function pageHooksAnswer(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const heard: string[] = [];
    const host = document.createElement('div');
    const input = document.createElement('input');
    document.body.append(host, input);
    host.addEventListener('shikaku-alert:shadow-root-attached', (event) => heard.push(event.type));
    input.addEventListener('shikaku-alert:control-value-set', (event) => heard.push(event.type));
    host.attachShadow({ mode: 'open' });
    input.value = 'probe';
    host.remove();
    input.remove();
    return heard;
  });
}

/** What the extension left on a page: its host element, highlights, page-world hooks. */
async function traces(page: Page) {
  return {
    hostElements: await page.locator('shikaku-alert').count(),
    highlights: await page.locator('[data-shikaku-alert-match]').count(),
    pageHooks: await pageHooksAnswer(page),
  };
}

test('with ExtensionSettings confining it to 127.0.0.1, the extension does not run at all on localhost and works on 127.0.0.1', async () => {
  if (!policy) throw new Error('no private policy folder');
  const hooked = ['shikaku-alert:shadow-root-attached', 'shikaku-alert:control-value-set'];

  // Without the restriction the same page on localhost gets the panel: the host name alone is not what stops it.
  const control = await launch('no-restriction');
  await control.page.goto(BLOCKED_PAGE);
  await expect(panel(control.page), 'panel on localhost without the restriction').toHaveAttribute('data-status', 'invalid');
  expect(await pageHooksAnswer(control.page), 'page-world hooks on localhost without the restriction').toEqual(hooked);
  await expect.poll(() => heardFrom(control.worker), { message: 'the listener hears localhost when nothing blocks it' }).toContain(BLOCKED_PAGE);
  await context?.close();

  const { allowed, refused } = runtimeHosts(['127.0.0.1']);
  expect(refused).toEqual([]);
  const policyFile = chromiumPolicyJson(TEST_ID, {}, allowed);
  writeFileSync(path.join(policy.managedDir, 'shikaku-alert-host-restriction.json'), JSON.stringify(policyFile));
  console.log(`policy file:\n${JSON.stringify(policyFile, null, 2)}`);

  const { worker, page } = await launch('restricted');
  const status = await (context as BrowserContext).newPage();
  await status.goto('chrome://policy');
  await expect(status.locator('body'), 'chrome://policy lists the policy').toContainText('ExtensionSettings', { timeout: 25_000 });
  await status.close();

  await page.goto(BLOCKED_PAGE);
  await page.waitForTimeout(SETTLE_MS);
  const blocked = await traces(page);
  console.log(`localhost (blocked): ${JSON.stringify({ ...blocked, messages: (await heardFrom(worker)).length })}`);
  expect(blocked, 'on localhost: no host element, no highlight, no page-world hooks').toEqual({ hostElements: 0, highlights: 0, pageHooks: [] });
  expect(await heardFrom(worker), 'no message from a page on localhost').toEqual([]);

  await page.goto(ALLOWED_PAGE);
  await expect(panel(page), 'panel on 127.0.0.1').toHaveAttribute('data-status', 'invalid');
  await expect(panel(page).locator('.reminder')).toHaveText(message('reminderClinic'));
  const shown = await traces(page);
  await expect.poll(() => heardFrom(worker), { message: 'the page on 127.0.0.1 talks to the background' }).toContain(ALLOWED_PAGE);
  const messages = await heardFrom(worker);
  console.log(`127.0.0.1 (allowed): ${JSON.stringify({ ...shown, messages: messages.length })}`);
  expect(shown).toEqual({ hostElements: 1, highlights: 1, pageHooks: hooked });
  expect(messages.every((url) => url.startsWith(SERVER)), 'every message came from 127.0.0.1').toBe(true);
});

test('one allowed entry with a path makes Chromium drop the whole restriction: why the export refuses paths', async () => {
  if (!policy) throw new Error('no private policy folder');
  expect(runtimeHosts(['http://127.0.0.1/karte/*']).refused, 'refused by our check').toHaveLength(1);
  const withPath = { ExtensionSettings: { [TEST_ID]: { runtime_blocked_hosts: ['*://*'], runtime_allowed_hosts: ['*://127.0.0.1/karte/*'] } } };
  writeFileSync(path.join(policy.managedDir, 'shikaku-alert-host-restriction.json'), JSON.stringify(withPath));
  const { page } = await launch('restriction-with-path');
  await page.goto(BLOCKED_PAGE);
  await expect(panel(page), 'localhost is no longer blocked: the entry was dropped').toHaveAttribute('data-status', 'invalid');
});
