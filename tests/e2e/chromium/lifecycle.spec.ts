import type { BrowserContext, ConsoleMessage, Page, Worker } from '@playwright/test';
import { activeTabId, expect, panel, setUserSettings, test } from './extension';

/*
 * The extension's life while pages stay open: disabled, reloaded (as an update does), and its
 * service worker stopped by the browser. Chromium leaves an orphaned content script running in the
 * page and tells it nothing; it must find out, take away everything it added and go quiet, without
 * an "Extension context invalidated" error in the page's console.
 */

/** Console messages and uncaught errors of every page and worker, as a person would see them. */
function recordConsole(context: BrowserContext, page: Page) {
  const seen: string[] = [];
  const note = (message: ConsoleMessage) => seen.push(`${message.type()}: ${message.text()}`);
  context.on('console', note);
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  return {
    /** Errors and warnings, and anything about an invalidated context, whatever its level. */
    problems: () =>
      seen.filter((line) => /^(error|warning|pageerror):/.test(line) || /Extension context invalidated/i.test(line))
        // The test server has no favicon; that is the browser asking, not the extension.
        .filter((line) => !line.includes('404 (Not Found)')),
  };
}

/** What the extension has added to the page: hosts and marked results. */
async function ourNodes(page: Page) {
  return { panels: await panel(page).count(), marks: await page.locator('[data-shikaku-alert-match]').count() };
}

async function addResult(page: Page, text: string) {
  await page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
  }, text);
}

/** The orphaned script has removed everything, and stays quiet when a new result appears. */
async function expectOrphanGoneQuiet(page: Page) {
  await expect.poll(() => ourNodes(page), { message: 'panel and highlights removed', timeout: 5_000 }).toEqual({ panels: 0, marks: 0 });
  await addResult(page, '資格情報なし');
  // Longer than the detector's poll (250 ms) and its life check (1 s).
  await page.waitForTimeout(2_000);
  expect(await ourNodes(page), 'no observer left to react').toEqual({ panels: 0, marks: 0 });
}

test('disabling the extension while a page shows the panel removes everything it added', async ({ context, page, extensionId }) => {
  const console = recordConsole(context, page);
  await page.goto('samples/patient-list.html');
  await expect(panel(page)).toHaveAttribute('data-count', '3');
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate((id) => chrome.management.setEnabled(id, false), extensionId);
  await expectOrphanGoneQuiet(page);
  expect(console.problems()).toEqual([]);
});

test('reloading the extension (as an update does) while a page shows the panel removes everything it added', async ({
  context,
  page,
  worker,
}) => {
  const console = recordConsole(context, page);
  await page.goto('samples/qualification-check.html');
  await expect(panel(page)).toHaveCount(1);
  await expect(page.locator('[data-shikaku-alert-match]')).toHaveCount(1);
  // The worker goes away with the reload: do not wait for an answer.
  void worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 0)).catch(() => undefined);
  await expectOrphanGoneQuiet(page);
  expect(console.problems()).toEqual([]);
});

/** Stops every service worker (as Chromium does after 30 s idle) and waits until ours has stopped. */
async function stopServiceWorker(context: BrowserContext, page: Page, old: Worker): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL === old.url() && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

test('a service worker stopped and started again has lost nothing: counts, badge, settings, policy cache', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await setUserSettings(worker, { role: 'pharmacy' });
  await page.goto('samples/patient-list.html');
  await expect(panel(page)).toHaveAttribute('data-count', '3');
  const tabId = await activeTabId(worker);
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
  const stored = () => chrome.storage.local.get(['settings', 'policyCache']);
  const before = await worker.evaluate(stored);
  await worker.evaluate(() => {
    (globalThis as { restartMarker?: boolean }).restartMarker = true;
  });

  await stopServiceWorker(context, page, worker);

  // The popup asks the background for this tab's count: that starts a new worker.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('tab-count'), 'the per-tab count survived').toHaveText('このタブで 3件 表示中');
  // Playwright attaches the same Worker handle to the new instance; the marker shows it is new.
  expect(await worker.evaluate(() => (globalThis as { restartMarker?: boolean }).restartMarker), 'a fresh worker').toBeUndefined();
  expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
  expect(await worker.evaluate(stored), 'settings and policy cache').toEqual(before);

  // The open page's content script talks to the new worker as to the old one.
  await addResult(page, '資格情報なし');
  await expect(panel(page)).toHaveAttribute('data-count', '4');
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('4');
  await expect(panel(page).locator('.reminder'), 'role setting still applied').toContainText('受け付けられません');
});
