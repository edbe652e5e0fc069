import { test } from './extension';
import { expectBadgeCountsEveryFrame, expectShowBadgeSetting } from '../shared/badge';

// The shared badge scenarios (shared/badge.ts) in Firefox ESR, as chromium/badge.spec.ts runs them in
// Chromium. Chromium's third badge test (counts outlive a stopped service worker) has no Firefox
// counterpart: the Firefox build is MV2, whose background page runs as long as the browser does.

test('the badge counts the results of every frame in the tab and clears on the next page', async ({ firefoxPage }) => {
  await expectBadgeCountsEveryFrame(firefoxPage);
});

test('showBadge off hides the badge at once, on brings it back', async ({ firefoxPage }) => {
  await expectShowBadgeSetting(firefoxPage);
});
