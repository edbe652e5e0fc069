import { test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';
import { expectDeskStepsAddAtMostTwoLines, expectDeskStepsFoldAndRemember, expectSuggestedWordingNamed } from '../shared/desk';

// 「窓口での確認」: the shared scenarios (scenarios-desk.ts), which firefox-desk.spec.ts runs in Firefox ESR.

test('資格（無効）: the desk steps are folded to one line, unfold with the keyboard, and the choice is remembered', async ({
  page,
  worker,
}) => {
  await expectDeskStepsFoldAndRemember(chromiumScenarioPage(page, worker));
});

test('folded, the desk steps add at most two lines to the panel on the sample qualification screen', async ({ page, worker }) => {
  const { without, folded } = await expectDeskStepsAddAtMostTwoLines(chromiumScenarioPage(page, worker));
  console.log(`panel height on samples/qualification-check.html: ${without}px without the section, ${folded}px folded`);
});

test('該当資格なし, switched on: the panel names it and starts with re-checking the numbers', async ({ page, worker }) => {
  await expectSuggestedWordingNamed(chromiumScenarioPage(page, worker));
});
