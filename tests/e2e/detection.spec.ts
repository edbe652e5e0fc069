import { expect, test } from './extension';
import { chromiumScenarioPage } from './scenarios';
import { DETECTION_FIXTURES, measureLatency, runDetectionScenario } from './scenarios-detection';

// The shared detection scenarios (scenarios-detection.ts) in Chromium; firefox-detection.spec.ts
// runs the same list in Firefox ESR.

test.describe('detection follows the page contract', () => {
  for (const file of DETECTION_FIXTURES) {
    test(file.replace(/\.html$/, ''), async ({ page, worker }) => {
      await runDetectionScenario(chromiumScenarioPage(page, worker), file);
    });
  }
});

test('latency on a 20,000-row patient list: a changed cell gets its panel within one frame (median ≤ 16 ms)', async ({
  page,
  worker,
}) => {
  test.setTimeout(120_000);
  const result = await measureLatency(chromiumScenarioPage(page, worker));
  test.info().annotations.push({ type: 'latency (ms)', description: JSON.stringify(result) });
  expect(result.middle.median, 'middle row: median ms from text change to panel').toBeLessThanOrEqual(16);
  expect(result.last.median, 'last row: median ms from text change to panel').toBeLessThanOrEqual(16);
});
