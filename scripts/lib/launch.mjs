// Launches Debian's Chromium with an unpacked build of the extension (docs/browser-notes.md#chromium-loading-an-unpacked-build).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

/**
 * `lang` picks the extension's message files: Chromium takes its UI language from the environment.
 * `scrollbars`: classic scrollbars that take width, as on a desktop (Playwright hides them headless).
 */
export async function launchWithExtension({
  executablePath,
  extensionDir,
  headless = true,
  viewport = { width: 1280, height: 800 },
  deviceScaleFactor = 1,
  lang = 'ja',
  extraArgs = [],
  scrollbars = false,
}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport,
    deviceScaleFactor,
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    env: { ...process.env, LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8', LANGUAGE: lang },
    timezoneId: 'Asia/Tokyo',
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : undefined,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  // Chromium may still be writing to the profile as the context closes: retry, never throw.
  context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {}));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return { context, worker, extensionId: new URL(worker.url()).host };
}
