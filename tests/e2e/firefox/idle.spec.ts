import { expectNoMessageToPage, expectNoTimersWithoutResult, expectTypedFieldDetected } from '../shared/idle';
import { test } from './extension';

// The shared idle scenarios (shared/idle.ts) in Firefox ESR, as chromium/idle.spec.ts runs them in Chromium.

test('a page without a result: the content script holds no timer; while a panel is shown it does', async ({ firefoxPage }) => {
  await expectNoTimersWithoutResult(firefoxPage);
});

test('a field a person types a result into is detected', async ({ firefoxPage }) => {
  await expectTypedFieldDetected(firefoxPage);
});

test("a page's own message listeners hear nothing from the content script", async ({ firefoxPage }) => {
  await expectNoMessageToPage(firefoxPage);
});
