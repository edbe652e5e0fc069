import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defaultSettings } from './lib/settings/definition';
import { firstPanel } from './modules/first-panel';
import { messages } from './modules/messages';

// Unit tests of pure logic; WxtVitest provides an in-memory `browser` (fakeBrowser) for the few
// modules that touch extension storage.
export default defineConfig({
  plugins: [WxtVitest(), firstPanel(), messages()],
  // As the build defines it (wxt.config.ts).
  define: { SETTING_DEFAULTS: JSON.stringify(defaultSettings()) },
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
