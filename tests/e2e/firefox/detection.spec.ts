import { test } from './extension';
import { DETECTION_FIXTURES, expectLatencyWithinOneFrame, LATENCY_TEST_TITLE, runDetectionScenario } from '../shared/detection';

// The shared detection scenarios (shared/detection.ts) in Firefox ESR, as chromium/detection.spec.ts
// runs them in Chromium.

test.describe('detection follows the page contract', () => {
  for (const file of DETECTION_FIXTURES) {
    test(file.replace(/\.html$/, ''), async ({ firefoxPage }) => {
      await runDetectionScenario(firefoxPage, file);
    });
  }
});

test(LATENCY_TEST_TITLE, async ({ firefoxPage }) => {
  await expectLatencyWithinOneFrame(firefoxPage);
});
