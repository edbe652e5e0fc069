import { expectGridResultAtLoad, expectGridScenario, expectSpaScenario, GRID_FIXTURES } from '../shared/grids';
import { test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';

// Real data grids from npm (shared/grids.ts); firefox/grids.spec.ts runs the same in Firefox ESR.

for (const file of GRID_FIXTURES) {
  test(`${file}: panel after the grid, a callout beside row 240 that hides none of its row, through recycling, then removal`, async ({ page, worker }) => {
    await expectGridScenario(chromiumScenarioPage(page, worker), file);
  });
  test(`${file}?row=3: the result in view at load gets the same placement and an uncovered row`, async ({ page, worker }) => {
    await expectGridResultAtLoad(chromiumScenarioPage(page, worker), file);
  });
}

test('a Vue app: tabs and chips are furniture; the result keeps its panel and an uncovered row through re-ordering, unmount and remount', async ({ page, worker }) => {
  await expectSpaScenario(chromiumScenarioPage(page, worker));
});
