import { expectNoMessageToPage, expectNoTimersWithoutResult, expectTypedFieldDetected } from '../shared/idle';
import { test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';

// The shared idle scenarios (shared/idle.ts) in Chromium; firefox/idle.spec.ts runs them in Firefox ESR.

test('a page without a result: the content script holds no timer; while a panel is shown it does', async ({ page, worker }) => {
  await expectNoTimersWithoutResult(chromiumScenarioPage(page, worker));
});

test('a field a person types a result into is detected', async ({ page, worker }) => {
  await expectTypedFieldDetected(chromiumScenarioPage(page, worker));
});

test("a page's own message listeners hear nothing from the content script", async ({ page, worker }) => {
  await expectNoMessageToPage(chromiumScenarioPage(page, worker));
});
