import { expect } from '@playwright/test';
import { type ScenarioPage, sleep, topDocument } from './scenarios';

/*
 * Zero idle cost (issue: no timers while nothing is shown): what a page without a result costs is
 * measured by the bench; here, that the content script holds no timer, that it holds some while a
 * panel is shown (so the count can fail), and that a field a person types into is still read.
 */

/** The timers this frame's content script holds, as the test build reports them (lib/content/frameLifecycle.ts). */
function pendingTimers(): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (typeof event.data?.pendingTimers !== 'number') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data.pendingTimers);
    };
    window.addEventListener('message', onMessage);
    window.postMessage('shikaku-alert:test:pending-timers', '*');
  });
}

export async function expectNoTimersWithoutResult(page: ScenarioPage): Promise<void> {
  await page.goto('/samples/no-match.html');
  // Past the first reading of the page (slices run on zero-delay timeouts).
  await sleep(1_000);
  expect(await topDocument(page).evaluate(pendingTimers), 'timers held by the content script on a page without a result').toBe(0);
  await topDocument(page).evaluate(() => {
    const result = document.createElement('p');
    result.id = 'added-result';
    result.textContent = '資格（無効）';
    document.body.append(result);
  });
  await expect
    .poll(() => topDocument(page).evaluate(pendingTimers), { message: 'while a panel is shown, the live hours and life check tick', timeout: 5_000 })
    .toBeGreaterThan(0);
  await topDocument(page).evaluate(() => document.getElementById('added-result')?.remove());
  await expect
    .poll(() => topDocument(page).evaluate(pendingTimers), { message: 'the timers stop when the result goes', timeout: 5_000 })
    .toBe(0);
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
