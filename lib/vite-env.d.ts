/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" only in test builds: enables the injectable clock (lib/background/clock.ts). */
  readonly WXT_TEST_HOOKS?: string;
}

/** The settings' defaults, generated from lib/settings/definition.ts at build time (wxt.config.ts). */
declare const SETTING_DEFAULTS: import('./settings/definition').Settings;

/** The panel's first render as HTML with slots, pre-rendered from components/panel (modules/first-panel.ts). */
declare module 'virtual:first-panel' {
  const html: string;
  export default html;
}
