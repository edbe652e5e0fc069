import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request, Worker } from '@playwright/test';
import { activeTabId, expect, panel, setUserSettings, test } from './extension';

/*
 * The extension sits next to patient data for years: it sends nothing anywhere, keeps nothing of
 * what pages show, and asks for no more than it needs (README: Permissions, Privacy).
 */

const SAMPLES = [
  'samples/index.html',
  'samples/qualification-check.html',
  'samples/patient-list.html',
  'samples/pharmacy-eprescription.html',
  'samples/no-match.html',
];

/** Every request of every page, frame and worker in the browser, the service worker's included. */
function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

/**
 * Visits the sample screens (patient names, numbers, results), then the popup, the options page
 * and the patient slip opened from the panel; returns the text each sample screen showed.
 */
async function useEverything(context: BrowserContext, page: Page, worker: Worker, extensionId: string): Promise<string[]> {
  const shown: string[] = [];
  for (const sample of SAMPLES) {
    await page.goto(sample);
    // Long enough for the first reading of the page to have finished, panel or not.
    await page.waitForTimeout(800);
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not the page's script or style source
    shown.push(await page.evaluate(() => document.body.innerText));
  }
  await page.goto('samples/patient-list.html');
  await expect(panel(page)).toHaveAttribute('data-count', '3');
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('tab-count')).toHaveText('このタブで 3件 表示中');
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(popup.locator('[data-setting="role"]')).toBeVisible();
  const slip = context.waitForEvent('page');
  await panel(page).getByRole('button', { name: '患者さん向け案内を印刷' }).click();
  await expect((await slip).locator('.qr svg')).toBeVisible();
  return shown;
}

/**
 * Words of the sample screens: names, numbers, dates, as shown. Short plain numbers are left out:
 * "11" is also a tab id, which the per-tab counts hold.
 */
function wordsOf(texts: string[]): Set<string> {
  const words = texts.flatMap((text) => text.split(/[\s、。：:（）()「」・,/]+/u));
  return new Set(words.filter((word) => (/^\d+$/.test(word) ? word.length >= 5 : [...word].length >= 2)));
}

test('no part of the extension makes a network request', async ({ context, page, worker, extensionId, baseURL }) => {
  const requests = recordRequests(context);
  await useEverything(context, page, worker, extensionId);
  const origin = new URL(baseURL as string).origin;
  const foreign = requests
    .filter((request) => {
      const url = new URL(request.url());
      // The extension loading its own files is no request to anywhere.
      if (url.protocol === 'chrome-extension:' && url.host === extensionId) return false;
      // The test's own page loads, and Chromium asking the same server for a favicon.
      if (url.origin === origin && request.resourceType() === 'document' && url.pathname.startsWith('/samples/')) return false;
      if (url.origin === origin && url.pathname === '/favicon.ico') return false;
      return true;
    })
    .map((request) => `${request.resourceType()} ${request.url()}${request.serviceWorker() ? ' (service worker)' : ''}`);
  expect(foreign).toEqual([]);
});

test('nothing a page shows is written to storage or to the console', async ({ context, page, worker, extensionId }) => {
  const logged: string[] = [];
  context.on('console', (message) => {
    if (message.location().url.startsWith('chrome-extension://')) logged.push(`${message.type()}: ${message.text()}`);
  });
  worker.on('console', (message) => logged.push(`worker ${message.type()}: ${message.text()}`));
  // A user setting, so that stored settings exist to be searched.
  await setUserSettings(worker, { role: 'clinic' });
  const shown = await useEverything(context, page, worker, extensionId);

  const stored = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
  const other = (area: object, keys: string[]) => Object.keys(area).filter((key) => !keys.includes(key));
  expect(
    other(stored.local, ['settings', 'policyCache', 'effectiveSettings', 'deskStepsOpen']),
    'local: settings, the cached policy, the settings as resolved for the content script, the fold of 窓口での確認',
  ).toEqual([]);
  expect(other(stored.session, ['tabMatchCounts']), 'session: result counts per tab only').toEqual([]);
  expect(stored.sync).toEqual({});
  const dump = JSON.stringify(stored);
  const words = wordsOf(shown);
  expect(words.size, 'the sample screens were read').toBeGreaterThan(100);
  expect([...words].filter((word) => dump.includes(word)), 'page text in storage').toEqual([]);
  expect(logged, 'the extension logs nothing').toEqual([]);
});

test('the manifest asks for storage only, and the README says why', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Permissions'));
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions, 'no host permissions').toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
  // The panel's UI, imported by the content script on the first result: code, no data.
  expect(manifest.web_accessible_resources, 'pages can load the panel view and nothing else').toEqual([
    { resources: ['content-scripts/panel-view.js'], matches: ['http://*/*', 'https://*/*'] },
  ]);
  expect(section, 'the web-accessible file is explained').toContain('content-scripts/panel-view.js');
  expect(manifest.externally_connectable, 'no page or other extension can message us').toBeUndefined();
  for (const permission of manifest.permissions ?? []) expect(section).toContain(`\`${permission}\``);
  expect(section, 'the content script matches are explained').toContain('http://*/*');
});

test('extension pages and the service worker cannot reach the network (CSP), and still work', async ({
  context,
  page,
  worker,
  extensionId,
  baseURL,
}) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");

  const violations: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) violations.push(message.text());
  });
  const target = new URL('package.json', baseURL).href;
  const reach = (url: string) => fetch(url).then(() => 'reached', () => 'blocked');
  expect(await worker.evaluate(reach, target), 'service worker').toBe('blocked');

  // The pages themselves work under the policy: popup, options and the slip (with its QR code).
  await page.goto('samples/qualification-check.html');
  await expect(panel(page)).toHaveCount(1);
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('tab-count')).toHaveText('このタブで 1件 表示中');
  await expect(popup.locator('a[href="tel:08000804583"]')).toBeVisible();
  expect(await popup.evaluate(reach, target), 'popup').toBe('blocked');
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(popup.locator('[data-setting="extraPatterns"] textarea')).toBeVisible();
  expect(await popup.evaluate(reach, target), 'options page').toBe('blocked');
  await popup.goto(`chrome-extension://${extensionId}/slip.html`);
  await expect(popup.locator('.qr svg')).toBeVisible();
  // The slip's @page rule (an inline <style>, allowed) sets the paper.
  expect(await popup.evaluate(() => [...document.querySelectorAll('style')].some((s) => s.sheet?.cssRules[0]?.cssText.includes('@page')))).toBe(true);
  expect(violations.filter((text) => !text.includes(target)), 'nothing else refused by the policy').toEqual([]);
});
