import { expect } from '@playwright/test';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * The toolbar button's badge, for every browser (chromium/badge.spec.ts: Chromium, firefox/badge.spec.ts:
 * Firefox ESR): the tab's results over all its frames, unless the showBadge setting is off.
 */

/** Top document 2 results, a same-origin frame 1, a srcdoc frame 2. */
export const THREE_DOCUMENTS = 'tests/fixtures/detection/one-panel-per-document.html';

/** Adds one more result to the top document, as a page that changes after load would. */
export async function addResult(page: ScenarioPage, text: string): Promise<void> {
  await topDocument(page).evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
  }, text);
}

export async function expectBadgeCountsEveryFrame(page: ScenarioPage): Promise<void> {
  await page.goto(THREE_DOCUMENTS);
  await expect.poll(() => page.badgeText(), { message: 'badge for 2 + 1 + 2 results' }).toBe('5');
  await addResult(page, '資格（無効）');
  await expect.poll(() => page.badgeText(), { message: 'badge after one more result' }).toBe('6');
  await page.goto('samples/no-match.html');
  await expect.poll(() => page.badgeText(), { message: 'no badge on the next page, which has no result' }).toBe('');
}

export async function expectShowBadgeSetting(page: ScenarioPage): Promise<void> {
  await page.goto(THREE_DOCUMENTS);
  await expect.poll(() => page.badgeText()).toBe('5');
  await page.setUserSettings({ showBadge: false });
  await expect.poll(() => page.badgeText(), { message: 'badge hidden by showBadge: false' }).toBe('');
  // A result that appears meanwhile does not bring the badge back.
  await addResult(page, '資格（無効）');
  await expect
    .poll(async () => topDocument(page).evaluate(() => document.querySelector('shikaku-alert')?.getAttribute('data-count')))
    .toBe('3');
  await sleep(300);
  expect(await page.badgeText(), 'still hidden after a new result').toBe('');
  await page.setUserSettings({ showBadge: true });
  await expect.poll(() => page.badgeText(), { message: 'badge back with showBadge: true, new result included' }).toBe('6');
}
