import { activeTabId, expect, panel, setUserSettings, test } from './extension';

// The bundled sample reception screens (samples/) and what a person sees on each.
const SCREENS = [
  { file: 'samples/qualification-check.html', count: 1, status: 'invalid', after: 'table' },
  { file: 'samples/patient-list.html', count: 3, status: 'invalid no-info', after: 'table' },
  { file: 'samples/pharmacy-eprescription.html', count: 1, status: 'no-info', after: null },
];

for (const screen of SCREENS) {
  test(`${screen.file}: one panel with the contract attributes, both numbers and the source`, async ({ page }) => {
    await page.goto(screen.file);
    const host = panel(page);
    await expect(host, 'panel shown once').toHaveCount(1);
    await expect(host).toHaveAttribute('data-status', screen.status);
    await expect(host).toHaveAttribute('data-count', String(screen.count));
    await expect(page.locator('[data-shikaku-alert-match]')).toHaveCount(screen.count);
    expect(await host.evaluate((h) => h.shadowRoot?.mode), 'open shadow root').toBe('open');
    if (screen.after) {
      const before = await host.evaluate((h) => h.previousElementSibling?.tagName.toLowerCase());
      expect(before, 'panel placed right after the block holding the result').toBe(screen.after);
    }
    await expect(host.locator('a[href="tel:0120950178"]')).toHaveText('0120-95-0178');
    await expect(host.locator('a[href="tel:08000804583"]')).toHaveText('0800-080-4583');
    await expect(host.locator('.line-freeDial .audience')).toHaveText('患者さん向け');
    await expect(host.locator('.line-institutions .audience')).toHaveText('医療機関・薬局向け');
    await expect(host.locator('.reminder')).toHaveText('電子処方箋は発行できません。紙の処方箋を発行してください。');
    await expect(host.locator('a[href="https://www.mhlw.go.jp/stf/newpage_08277.html#Q21"]')).toHaveAttribute('target', '_blank');
    await expect(host.locator('.source')).toContainText('令和5年6月6日');
  });
}

test('samples/no-match.html: the extension adds no node and changes no attribute', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenMutations: string[] }).seenMutations = seen;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) seen.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? ''}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  await page.goto('samples/no-match.html');
  // Long enough for the content script to start and finish its first scan.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { seenMutations: string[] }).seenMutations)).toEqual([]);
  await expect(panel(page)).toHaveCount(0);
});

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
});
