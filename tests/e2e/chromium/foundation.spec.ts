import type { Worker } from '@playwright/test';
import { activeTabId, expect, panel, setUserSettings, test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';
import {
  expectNoResultScreen,
  expectSampleScreen,
  NO_RESULT_SCREENS,
  SAMPLE_SCREENS,
  STRICT_CSP_SCREEN,
} from '../shared/samples';

// The bundled sample reception screens (samples/): the shared scenarios (shared/samples.ts),
// which firefox/samples.spec.ts runs in Firefox ESR.
for (const screen of SAMPLE_SCREENS) {
  test(`${screen.file}: one panel with the contract attributes, both numbers and the source`, async ({ page, worker }) => {
    await expectSampleScreen(chromiumScenarioPage(page, worker), screen);
  });
}

test('a page whose CSP allows no script still gets the whole panel (its UI comes from the extension)', async ({ page, worker }) => {
  await expectSampleScreen(chromiumScenarioPage(page, worker), STRICT_CSP_SCREEN);
});

for (const file of NO_RESULT_SCREENS) {
  test(`${file}: the extension adds no node and changes no attribute`, async ({ page, worker }) => {
    await expectNoResultScreen(chromiumScenarioPage(page, worker), file);
  });
}

test('the popup turns it off and on, and off for this site, without reloading the page', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await page.goto('samples/qualification-check.html');
  await expect(panel(page)).toHaveCount(1);
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);

  await popup.getByLabel('資格アラートを使う').uncheck();
  await expect(panel(page), 'panel gone after turning off').toHaveCount(0);
  await expect(page.locator('[data-shikaku-alert-match]')).toHaveCount(0);
  await popup.getByLabel('資格アラートを使う').check();
  await expect(panel(page), 'panel back after turning on').toHaveCount(1);

  await expect(popup.locator('.host')).toHaveText(new URL(page.url()).host);
  await popup.getByLabel('このサイトで使う').uncheck();
  await expect(panel(page), 'panel gone after turning off for this site').toHaveCount(0);
  await popup.getByLabel('このサイトで使う').check();
  await expect(panel(page)).toHaveCount(1);
});

test('the popup shows both call centres with live hours, and the tab count', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await page.goto('samples/patient-list.html');
  await expect(panel(page)).toHaveAttribute('data-count', '3');
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('a[href="tel:0120950178"]')).toBeVisible();
  await expect(popup.locator('a[href="tel:08000804583"]')).toBeVisible();
  await expect(popup.locator('.line-freeDial .today')).toHaveText(/^本日/);
  await expect(popup.getByTestId('tab-count')).toHaveText('このタブで 3件 表示中');
});

test('the pharmacy role words the reminder for receiving a prescription', async ({ page, worker }) => {
  await setUserSettings(worker, { role: 'pharmacy' });
  await page.goto('samples/pharmacy-eprescription.html');
  await expect(panel(page).locator('.reminder')).toHaveText(
    '電子処方箋は受け付けられません（処方箋情報の登録・取得ができません）。紙の処方箋で対応してください。',
  );
});

test('dismiss hides the panel for this occurrence; a new result shows it again', async ({ page }) => {
  await page.goto('samples/qualification-check.html');
  const host = panel(page);
  await host.getByRole('button', { name: 'この案内を閉じる' }).click();
  await expect(host).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(host, 'the same result does not bring it back').toHaveCount(0);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '資格情報なし';
    document.body.append(p);
  });
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-count', '2');
});

test('panel and highlights go within 500 ms when the result goes away', async ({ page }) => {
  await page.goto('samples/qualification-check.html');
  await expect(panel(page)).toHaveCount(1);
  const elapsed = await page.evaluate(async () => {
    const start = performance.now();
    const match = document.querySelector('[data-shikaku-alert-match]') as HTMLElement;
    match.textContent = '有効';
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector('shikaku-alert') ? requestAnimationFrame(check) : resolve());
      check();
    });
    return performance.now() - start;
  });
  expect(elapsed).toBeLessThan(500);
  await expect(page.locator('[data-shikaku-alert-match]')).toHaveCount(0);
});

test.describe('in an English browser', () => {
  test.use({ lang: 'en' });
  test('the panel is in English', async ({ page }) => {
    await page.goto('samples/qualification-check.html');
    await expect(panel(page).locator('.reminder')).toHaveText('E-prescriptions cannot be issued. Issue a paper prescription.');
    await expect(panel(page).locator('.line-freeDial .audience')).toHaveText('For patients');
  });

  test("the settings published for pages name the browser's language of our texts", async ({ page, worker }) => {
    await page.goto('samples/qualification-check.html');
    await expect(panel(page).locator('.reminder')).toHaveCount(1);
    expect(await publishedLocale(worker)).toBe('en');
  });
});

test("the settings published for pages name the browser's language of our texts", async ({ page, worker }) => {
  await page.goto('samples/qualification-check.html');
  await expect(panel(page).locator('.reminder')).toHaveCount(1);
  expect(await publishedLocale(worker)).toBe('ja');
});

test('the page takes the language of our texts from what the background published, without asking the browser', async ({ page, worker }) => {
  await page.goto('samples/qualification-check.html');
  await expect(panel(page).locator('.reminder')).toHaveCount(1);
  // A Japanese browser; the published value says English: only a script that reads it shows English.
  await worker.evaluate(async () => {
    const { effectiveSettings } = await chrome.storage.local.get('effectiveSettings');
    await chrome.storage.local.set({ effectiveSettings: { ...(effectiveSettings as object), locale: 'en' } });
  });
  await page.reload();
  await expect(panel(page).locator('.reminder')).toHaveText('E-prescriptions cannot be issued. Issue a paper prescription.');
  await expect(panel(page).locator('.print-slip')).toHaveText('Print the patient slip');
});

async function publishedLocale(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('effectiveSettings')).effectiveSettings as { locale?: unknown }).locale);
}

test('the page takes the trigger characters from what the background published, and works out none itself', async ({ page, worker }) => {
  await page.goto('samples/qualification-check.html');
  await expect(panel(page).locator('.reminder')).toHaveCount(1);
  const published = await worker.evaluate(
    async () => ((await chrome.storage.local.get('effectiveSettings')).effectiveSettings as { triggerCharacters?: string }).triggerCharacters,
  );
  // 🈚 is what NFKC turns into 無: worked out by the background, with the browser's own NFKC.
  expect([...'無情🈚'].filter((c) => !published?.includes(c))).toEqual([]);
  // Published without the compatibility forms: only a page that reads them passes over 資格（🈚効）.
  await worker.evaluate(async () => {
    const { effectiveSettings } = await chrome.storage.local.get('effectiveSettings');
    await chrome.storage.local.set({ effectiveSettings: { ...(effectiveSettings as object), triggerCharacters: '無情' } });
  });
  await page.reload();
  await expect(panel(page).locator('.reminder')).toHaveCount(1);
  const results = page.locator('[data-shikaku-alert-match]');
  const before = await results.count();
  await page.evaluate(() => {
    for (const text of ['資格（🈚効）', '資格（無効）']) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
  });
  // The second is read in the same slice as the first: once it is found, the first was passed over.
  await expect(results).toHaveCount(before + 1);
  await expect(page.getByText('資格（🈚効）')).not.toHaveAttribute('data-shikaku-alert-match');
});
