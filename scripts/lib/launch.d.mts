import type { BrowserContext, Worker } from '@playwright/test';

export function launchWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  lang?: 'ja' | 'en';
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }>;
