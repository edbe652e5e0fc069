import { expectNothingOfOursPrints } from '../shared/print';
import { test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';

// Printing (shared/print.ts); firefox/print.spec.ts runs the same in Firefox ESR.

test('printed, the 100-row reception list shows the page and nothing of ours: no panel, no callout, no outline', async ({ page, worker }) => {
  await expectNothingOfOursPrints(chromiumScenarioPage(page, worker));
});
