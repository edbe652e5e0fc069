import { test } from './extension';
import {
  expectNoResultScreen,
  expectSampleScreen,
  NO_RESULT_SCREENS,
  SAMPLE_SCREENS,
  STRICT_CSP_SCREEN,
} from '../shared/samples';

// The shared sample-screen scenarios (shared/samples.ts) in Firefox ESR, as chromium/foundation.spec.ts
// runs them in Chromium.

for (const screen of SAMPLE_SCREENS) {
  test(`${screen.file}: one panel with the contract attributes, both numbers and the source`, async ({ firefoxPage }) => {
    await expectSampleScreen(firefoxPage, screen);
  });
}

test('a page whose CSP allows no script still gets the whole panel (its UI comes from the extension)', async ({ firefoxPage }) => {
  await expectSampleScreen(firefoxPage, STRICT_CSP_SCREEN);
});

for (const file of NO_RESULT_SCREENS) {
  test(`${file}: the extension adds no node and changes no attribute`, async ({ firefoxPage }) => {
    await expectNoResultScreen(firefoxPage, file);
  });
}
