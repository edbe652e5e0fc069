import { expect } from '@playwright/test';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * Zero idle cost (issue: no timers while nothing is shown): what a page without a result costs is
 * measured by the bench; here, that the content script holds no timer, that it holds some while a
 * panel is shown (so the count can fail), that it wakes none of the page's own message listeners,
 * and that a field a person types into is still read.
 */

// The test build's question (lib/content/frameLifecycle.ts).
const TIMERS_ASKED = 'shikaku-alert:test:pending-timers';

/** The timers this frame's content script holds, as the test build reports them when `asked`. */
function pendingTimers(asked: string): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (typeof event.data?.pendingTimers !== 'number') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data.pendingTimers);
    };
    window.addEventListener('message', onMessage);
    window.postMessage(asked, '*');
  });
}

export async function expectNoTimersWithoutResult(page: ScenarioPage): Promise<void> {
  await page.goto('/samples/no-match.html');
  // Past the first reading of the page (slices run on zero-delay timeouts).
  await sleep(1_000);
  expect(await topDocument(page).evaluate(pendingTimers, TIMERS_ASKED), 'timers held by the content script on a page without a result').toBe(0);
  await topDocument(page).evaluate(() => {
    const result = document.createElement('p');
    result.id = 'added-result';
    result.textContent = '資格（無効）';
    document.body.append(result);
  });
  await expect
    .poll(() => topDocument(page).evaluate(pendingTimers, TIMERS_ASKED), { message: 'while a panel is shown, the live hours and life check tick', timeout: 5_000 })
    .toBeGreaterThan(0);
  await topDocument(page).evaluate(() => document.getElementById('added-result')?.remove());
  await expect
    .poll(() => topDocument(page).evaluate(pendingTimers, TIMERS_ASKED), { message: 'the timers stop when the result goes', timeout: 5_000 })
    .toBe(0);
}

/** What the page's own `message` listeners heard, bar the test's question about timers and its answer. */
function heardByPage(timersAsked: string): unknown[] {
  const heard = (window as unknown as { heardByPage: unknown[] }).heardByPage;
  return heard.filter((data) => data !== timersAsked && typeof (data as { pendingTimers?: unknown })?.pendingTimers !== 'number');
}

export async function expectNoMessageToPage(page: ScenarioPage): Promise<void> {
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heardByPage: unknown[] }).heardByPage = heard;
    window.addEventListener('message', (event) => heard.push(event.data));
  });
  await page.goto('/samples/no-match.html');
  await sleep(1_000);
  // The content script runs in this frame: it answers (test builds only).
  expect(await topDocument(page).evaluate(pendingTimers, TIMERS_ASKED), 'timers held by the content script').toBe(0);
  const heard = await topDocument(page).evaluate(heardByPage, TIMERS_ASKED);
  expect(heard, "messages the page's own listeners heard from us").toEqual([]);
}

export async function expectTypedFieldDetected(page: ScenarioPage): Promise<void> {
  await page.goto('/tests/fixtures/idle/editable-field.html');
  await page.type('#status', '資格情報なし');
  await expect
    .poll(() => topDocument(page).evaluate(() => document.querySelector('shikaku-alert')?.getAttribute('data-status') ?? null), {
      message: 'a panel for the typed result',
      timeout: 5_000,
    })
    .toBe('no-info');
}
