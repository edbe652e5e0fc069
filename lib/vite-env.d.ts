/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" only in test builds: enables the injectable clock (lib/background/clock.ts). */
  readonly WXT_TEST_HOOKS?: string;
}

/** The settings' defaults, generated from lib/settings/definition.ts at build time (wxt.config.ts). */
declare const SETTING_DEFAULTS: import('./settings/definition').Settings;

/**
 * The panel's first render as HTML split at its slots, pre-rendered from components/panel, and the
 * templates of its texts (modules/first-panel.ts).
 */
declare module 'virtual:first-panel' {
  export const markup: import('./content/firstPanelSlot').SlotText;
  export const messages: import('./i18n/messageTemplates').BundledMessages;
}

/** Every message in both languages, for the panel's UI (modules/messages.ts). */
declare module 'virtual:messages' {
  const messages: import('./i18n/messageTemplates').BundledMessages;
  export default messages;
}
