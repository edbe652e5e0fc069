// The bench's browsers: Chromium with one extension (or none), and what a page costs in it; Firefox
// ESR with ours, driven by puppeteer-core over WebDriver BiDi as the Firefox tests do
// (tests/e2e/firefox/extension.ts), for the figures a page can measure itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';

export const SAMPLE_US = 200;

export async function launch(extensionDir, executablePath) {
  const profile = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-bench-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...extensionArgs, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  if (extensionDir) {
    // Wait until the extension is up, so its start-up is not counted against the first page.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker').catch(() => {});
  }
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Firefox ESR with an unpacked build installed; `newTab` opens a fresh tab. */
export async function launchFirefox(extensionDir, executablePath) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // The extension's default locale, as in the Chromium bench (needs firefox-esr-l10n-ja).
      'intl.locale.requested': 'ja',
      // Firefox rounds performance.now() to 1 ms by default, too coarse for a 4 ms budget.
      'privacy.reduceTimerPrecision': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { newTab: () => browser.newPage(), close: () => browser.close() };
}

/** Main-thread task time (ms) of a page, from the DevTools protocol's Performance metrics. */
export async function taskTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Script time (ms) of extensions in a CPU profile: every sample whose stack holds a
 * chrome-extension:// frame, so that a native call our script makes (TreeWalker.nextNode,
 * closest, innerText with the layout it forces) counts for us, as it does for the naive baseline.
 */
export function extensionScriptTime(profile) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map();
  const isOurs = (id) => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = byId.get(id).callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) total += profile.timeDeltas[i] ?? 0;
  });
  return total / 1000;
}

export async function openProfiled(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await page.goto(url);
  return { page, cdp };
}

export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  return extensionScriptTime(profile);
}
