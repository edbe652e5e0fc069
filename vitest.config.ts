import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { firstPanel } from './modules/first-panel';
import { messages } from './modules/messages';

// Unit tests of pure logic; WxtVitest provides an in-memory `browser` (fakeBrowser) for the few
// modules that touch extension storage.
export default defineConfig({
  plugins: [WxtVitest(), firstPanel(), messages()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
