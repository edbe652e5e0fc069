import { expect, panel, setTestClock, test } from './extension';

// The panel's live status for a pinned clock (test builds read storage.local.testClock).
const PAGE = 'tests/fixtures/hours/result.html';

test('Sunday morning: the free dial is open, the institutions line opens Monday 8:00', async ({ page, worker }) => {
  await setTestClock(worker, '2026-11-29T10:00:00+09:00');
  await page.goto(PAGE);
  const freeDial = panel(page).locator('.line-freeDial');
  const institutions = panel(page).locator('.line-institutions');
  await expect(freeDial.locator('.state')).toHaveText('受付中（17:30まで）');
  await expect(freeDial.locator('.today')).toHaveText('本日 9:30〜17:30');
  await expect(institutions.locator('.state')).toHaveText('受付時間外 次は 11/30（月）8:00 から');
  await expect(institutions.locator('.today')).toHaveText('本日は受付なし');
  await expect(freeDial.locator('.week')).toHaveText('受付時間：平日 9:30〜20:00 ／ 土・日・祝 9:30〜17:30（年末年始 12/29〜1/3 は休み）');
  await expect(institutions.locator('.week')).toHaveText('受付時間：平日 8:00〜18:00 ／ 土 8:00〜16:00 ／ 日・祝 休み（年末年始 12/29〜1/3 は休み）');
});

test('12/28 evening: both lines next open on 1/4 after the New Year closure', async ({ page, worker }) => {
  await setTestClock(worker, '2026-12-28T20:30:00+09:00');
  await page.goto(PAGE);
  await expect(panel(page).locator('.line-freeDial .state')).toHaveText('受付時間外 次は 1/4（月）9:30 から');
  await expect(panel(page).locator('.line-institutions .state')).toHaveText('受付時間外 次は 1/4（月）8:00 から');
});

test('the status refreshes when the tab becomes visible again', async ({ page, worker }) => {
  await setTestClock(worker, '2026-11-25T17:59:00+09:00');
  await page.goto(PAGE);
  const institutions = panel(page).locator('.line-institutions .state');
  await expect(institutions).toHaveText('受付中（18:00まで）');
  await setTestClock(worker, '2026-11-25T18:00:00+09:00');
  // Headless tabs never change visibility; fire the event a tab switch would fire.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(institutions).toHaveText('受付時間外 次は 11/26（木）8:00 から');
});

test('closed dates set in the settings close both lines', async ({ page, worker }) => {
  await setTestClock(worker, '2026-11-25T10:00:00+09:00');
  await worker.evaluate(() => chrome.storage.local.set({ settings: { extraClosedDates: ['2026-11-25'] } }));
  await page.goto(PAGE);
  await expect(panel(page).locator('.line-freeDial .state')).toHaveText('受付時間外 次は 11/26（木）9:30 から');
  await expect(panel(page).locator('.line-freeDial .today')).toHaveText('本日は受付なし');
});

test('beyond the holiday data the panel says holidays are not taken into account', async ({ page, worker }) => {
  // 2051-06-01 is a Thursday; the dataset ends with 2050.
  await setTestClock(worker, '2051-06-01T10:00:00+09:00');
  await page.goto(PAGE);
  const freeDial = panel(page).locator('.line-freeDial');
  await expect(freeDial.locator('.state')).toHaveText('受付中（20:00まで）');
  await expect(freeDial.locator('.note')).toHaveText('この年の祝日データがないため、祝日は考慮していません');
});
