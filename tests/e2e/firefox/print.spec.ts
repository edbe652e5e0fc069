import { expectNothingOfOursPrints } from '../shared/print';
import { test } from './extension';

// Printing (shared/print.ts), as chromium/print.spec.ts runs it in Chromium.

test('printed, the 100-row reception list shows the page and nothing of ours: no panel, no callout, no outline', async ({ firefoxPage }) => {
  await expectNothingOfOursPrints(firefoxPage);
});
