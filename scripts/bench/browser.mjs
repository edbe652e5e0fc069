// The bench's browser: Chromium with one extension (or none), and what a page costs in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

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

/** Main-thread task time (ms) of a page, from the DevTools protocol's Performance metrics. */
export async function taskTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Self time (ms) of scripts from chrome-extension:// URLs in a CPU profile. */
export function extensionSelfTime(profile) {
  const extensionNodes = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (extensionNodes.has(id)) total += profile.timeDeltas[i] ?? 0;
  });
  return total / 1000;
}

export async function openProfiled(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  return { page, cdp };
}

export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  return extensionSelfTime(profile);
}

