import type { BrowserContext, Worker } from '@playwright/test';
import { activeTabId, expect, test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';
import { addResult, expectBadgeCountsEveryFrame, expectShowBadgeSetting, THREE_DOCUMENTS } from '../shared/badge';

// The toolbar button's badge in Chromium: the shared scenarios (shared/badge.ts), and what only
// an MV3 service worker needs: its counts must outlive the worker.

function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

test('the badge counts the results of every frame in the tab and clears on the next page', async ({ page, worker }) => {
  await expectBadgeCountsEveryFrame(chromiumScenarioPage(page, worker));
});

test('showBadge off hides the badge at once, on brings it back', async ({ page, worker }) => {
  await expectShowBadgeSetting(chromiumScenarioPage(page, worker));
});

/**
 * Stops the extension's service worker as Chromium does after 30 s idle. DevTools' ServiceWorker
 * domain sees the extension's worker from one of the extension's own pages.
 */
async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(extensionPage);
  const running = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const version = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'running');
      if (version) resolve(version.versionId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopWorker', { versionId: await running });
  await stopped;
  await extensionPage.close();
}

test('the counts survive the service worker being stopped: a restarted worker adds to every frame', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await page.goto(THREE_DOCUMENTS);
  const tabId = await activeTabId(worker);
  await expect.poll(() => badgeText(worker, tabId)).toBe('5');
  await worker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
  await stopServiceWorker(context, extensionId);

  // One more result in the top document wakes the worker, which hears that document's count only.
  await addResult(chromiumScenarioPage(page, worker), '資格情報なし');
  const [restarted] = context.serviceWorkers();
  if (!restarted) throw new Error('No service worker after the restart');
  await expect.poll(() => badgeText(restarted, tabId), { message: 'badge for 3 + 1 + 2 results' }).toBe('6');
  expect(await restarted.evaluate(() => 'beforeRestart' in globalThis), 'a new worker, with nothing in memory').toBe(false);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('tab-count'), 'the popup count').toHaveText('このタブで 6件 表示中');
});
