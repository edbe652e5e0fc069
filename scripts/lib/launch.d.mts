import type { BrowserContext, Worker } from '@playwright/test';

export function launchWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  lang?: 'ja' | 'en';
  /** More Chromium switches, e.g. for pictures that must be the same on every run. */
  extraArgs?: string[];
  /** Classic scrollbars that take width (headless Chromium hides them by default). */
  scrollbars?: boolean;
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }>;
