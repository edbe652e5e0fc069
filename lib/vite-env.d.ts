/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" only in test builds: enables the injectable clock (lib/background/clock.ts). */
  readonly WXT_TEST_HOOKS?: string;
}
