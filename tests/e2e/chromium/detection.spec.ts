import { test } from './extension';
import { chromiumScenarioPage } from './scenarioPage';
import { DETECTION_FIXTURES, expectLatencyWithinOneFrame, LATENCY_TEST_TITLE, runDetectionScenario } from '../shared/detection';

// The shared detection scenarios (shared/detection.ts) in Chromium; firefox/detection.spec.ts
// runs the same list in Firefox ESR.

test.describe('detection follows the page contract', () => {
  for (const file of DETECTION_FIXTURES) {
    test(file.replace(/\.html$/, ''), async ({ page, worker }) => {
      await runDetectionScenario(chromiumScenarioPage(page, worker), file);
    });
  }
});

test(LATENCY_TEST_TITLE, async ({ page, worker }) => {
  await expectLatencyWithinOneFrame(chromiumScenarioPage(page, worker));
});
