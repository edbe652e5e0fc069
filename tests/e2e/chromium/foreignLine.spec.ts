import type { Locator, Page } from '@playwright/test';
import { activeTabId, expect, panel, setTestClock, setUserSettings, test } from './extension';

// The free dial's foreign-language line 0120-0178-26 (docs/domain.md#foreign-language-line) in the
// panel and the popup: one short line with its languages, a tel: link and its live status.

const PAGE = 'tests/fixtures/hours/result.html';
const LINE_TEXT = '外国語：0120-0178-26（英語・中国語・韓国語 ほか 10 言語）';

/** The line's text as seen: without the link's hidden description. */
function seenText(line: Locator): Promise<string> {
  return line.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
    return copy.textContent ?? '';
  });
}

/** The panel's height once its UI and every live status are in (the line's status included). */
async function panelHeight(page: Page, withLine: boolean): Promise<number> {
  await page.goto(PAGE);
  const host = panel(page);
  await expect(host.locator('.source'), 'the panel UI never arrived').toHaveCount(1);
  await expect(host.locator('.live')).toHaveCount(2);
  if (withLine) await expect(host.locator('.foreign-state')).toHaveCount(1);
  // The panel appears with a 160 ms animation (transform only); wait it out before measuring.
  await page.waitForTimeout(300);
  return host.evaluate((el) => el.getBoundingClientRect().height);
}

test('the panel shows the foreign-language line under the patients’ line, with its status and a tel: link', async ({
  page,
  worker,
}) => {
  // Sunday 2026-11-29 10:00 in Japan: weekend hours 9:30–17:30, so open.
  await setTestClock(worker, '2026-11-29T10:00:00+09:00');
  await page.goto(PAGE);
  const line = panel(page).locator('.foreign-line');
  await expect(line.locator('.foreign-state')).toHaveText('受付中（17:30まで）');
  expect(await seenText(line)).toBe(`${LINE_TEXT}受付中（17:30まで）`);
  await expect(line.locator('a')).toHaveAttribute('href', 'tel:0120017826');
  await expect(line.locator('a')).toHaveAccessibleDescription('マイナンバー総合フリーダイヤル（外国語）に電話する（0120-0178-26）');
  // Below the two cards, never the lost-card line.
  const [cards, own] = await Promise.all([panel(page).locator('.line-freeDial').boundingBox(), line.boundingBox()]);
  expect(own?.y ?? 0, 'the line sits under the patients’ card').toBeGreaterThanOrEqual((cards?.y ?? 0) + (cards?.height ?? 0) - 1);
  await expect(panel(page)).not.toContainText('0120-0178-27');
});

test('closed over 年末年始: the line says when it opens next', async ({ page, worker }) => {
  await setTestClock(worker, '2026-12-30T12:00:00+09:00');
  await page.goto(PAGE);
  await expect(panel(page).locator('.foreign-state')).toHaveText('受付時間外 次は 1/4（月）9:30 から');
});

test('the line adds exactly one line to the folded panel, and the switch removes it', async ({ page, worker }) => {
  // Closed at night: the longest status text (with the next opening) is the one that must still fit.
  await setTestClock(worker, '2026-11-27T21:00:00+09:00');
  const withLine = await panelHeight(page, true);
  const line = panel(page).locator('.foreign-line');
  const { lineHeight, height } = await line.evaluate((el) => ({
    lineHeight: Number.parseFloat(getComputedStyle(el).lineHeight),
    height: el.getBoundingClientRect().height - Number.parseFloat(getComputedStyle(el).paddingBottom),
  }));
  expect(Math.round(height / lineHeight), 'the foreign-language line wraps').toBe(1);

  await setUserSettings(worker, { showForeignLine: false });
  const without = await panelHeight(page, false);
  await expect(panel(page).locator('.foreign-line')).toHaveCount(0);
  console.log(`panel height: ${without}px without the foreign-language line, ${withLine}px with it`);
  expect(withLine - without, `panel ${without}px without the line, ${withLine}px with it`).toBeGreaterThan(0);
  // One line box plus the line's own bottom padding (12 px) less its negative top margin (4 px).
  expect(withLine - without, 'growth at most one line').toBeLessThanOrEqual(lineHeight + 8 + 1);
});

test('the popup shows the foreign-language line with its status', async ({ page, worker, context, extensionId }) => {
  await setTestClock(worker, '2026-11-25T19:00:00+09:00');
  await page.goto(PAGE);
  await expect(panel(page)).toHaveCount(1);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await activeTabId(worker)}`);
  const line = popup.locator('.foreign-line');
  await expect(line.locator('.foreign-state')).toHaveText('受付中（20:00まで）');
  expect(await seenText(line)).toBe(`${LINE_TEXT}受付中（20:00まで）`);
  await expect(line.locator('a')).toHaveAttribute('href', 'tel:0120017826');
});

test.describe('English UI', () => {
  test.use({ lang: 'en' });

  test('the line names its languages in English', async ({ page, worker }) => {
    await setTestClock(worker, '2026-11-29T10:00:00+09:00');
    await page.goto(PAGE);
    const line = panel(page).locator('.foreign-line');
    await expect(line.locator('.foreign-state')).toHaveText('Open now (until 17:30)');
    expect(await seenText(line)).toBe('Other languages：0120-0178-26 (English, Chinese, Korean and more: 10 languages)Open now (until 17:30)');
  });
});
