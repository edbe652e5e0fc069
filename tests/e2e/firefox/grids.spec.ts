import { expectGridResultAtLoad, expectGridScenario, expectSpaScenario, GRID_FIXTURES } from '../shared/grids';
import { test } from './extension';

// Real data grids from npm (shared/grids.ts), as chromium/grids.spec.ts runs them in Chromium.

for (const file of GRID_FIXTURES) {
  test(`${file}: panel after the grid, a callout beside row 240 that hides none of its row, through recycling, then removal`, async ({ firefoxPage }) => {
    await expectGridScenario(firefoxPage, file);
  });
  test(`${file}?row=3: the result in view at load gets the same placement and an uncovered row`, async ({ firefoxPage }) => {
    await expectGridResultAtLoad(firefoxPage, file);
  });
}

test('a Vue app: tabs and chips are furniture; the result keeps its panel and an uncovered row through re-ordering, unmount and remount', async ({ firefoxPage }) => {
  await expectSpaScenario(firefoxPage);
});
