import { expect, test } from './firefoxExtension';
import { DETECTION_FIXTURES, measureLatency, runDetectionScenario } from './scenarios-detection';

// The shared detection scenarios (scenarios-detection.ts) in Firefox ESR, as detection.spec.ts
// runs them in Chromium.

test.describe('detection follows the page contract', () => {
  for (const file of DETECTION_FIXTURES) {
    test(file.replace(/\.html$/, ''), async ({ firefoxPage }) => {
      await runDetectionScenario(firefoxPage, file);
    });
  }
});

test('latency on a 20,000-row patient list: a changed cell gets its panel within one frame (median ≤ 16 ms)', async ({
  firefoxPage,
}) => {
  test.setTimeout(120_000);
  const result = await measureLatency(firefoxPage);
  test.info().annotations.push({ type: 'latency (ms)', description: JSON.stringify(result) });
  expect(result.middle.median, 'middle row: median ms from text change to panel').toBeLessThanOrEqual(16);
  expect(result.last.median, 'last row: median ms from text change to panel').toBeLessThanOrEqual(16);
});
