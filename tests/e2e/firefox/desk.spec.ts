import { test } from './extension';
import { expectDeskStepsAddAtMostTwoLines, expectDeskStepsFoldAndRemember, expectSuggestedWordingNamed } from '../shared/desk';

// 「窓口での確認」: the shared scenarios (scenarios-desk.ts) in Firefox ESR, as desk.spec.ts runs them in Chromium.

test('資格（無効）: the desk steps are folded to one line, unfold with the keyboard, and the choice is remembered', async ({
  firefoxPage,
}) => {
  await expectDeskStepsFoldAndRemember(firefoxPage);
});

test('folded, the desk steps add at most two lines to the panel on the sample qualification screen', async ({ firefoxPage }) => {
  await expectDeskStepsAddAtMostTwoLines(firefoxPage);
});

test('該当資格なし, switched on: the panel names it and starts with re-checking the numbers', async ({ firefoxPage }) => {
  await expectSuggestedWordingNamed(firefoxPage);
});
