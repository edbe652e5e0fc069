// The bench's scenarios: each opens its page in the variant's browser and returns its figures.
import { openProfiled, stopProfile, taskTime } from './browser.mjs';

// Long enough for our first reading of a 20,000-row list (time-sliced) to finish.
const SETTLE_MS = 4000;
// The idle scenario: a page where nothing happens, for 20 s.
const IDLE_MS = 20_000;
const SMALL_SCREEN_LOADS = 5;

/** The 20,000-row list: main-thread time of loading it, then detection latency. */
export async function longList(context, base, withLatency) {
  const result = {};
  const { page, cdp } = await openProfiled(context, `${base}patient-list-20000.html`);
  await page.waitForTimeout(SETTLE_MS);
  result.listLoadMs = await taskTime(cdp);
  result.listScriptMs = await stopProfile(cdp);
  if (withLatency) {
    await cdp.send('Profiler.start');
    const latency = await page.evaluate(() => window.runBenchmark({ runs: 9 }));
    result.latencyScriptMs = await stopProfile(cdp);
    result.latencyFirstMs = latency.first;
    result.latencyMiddleMs = latency.middle.median;
    result.latencyLastMs = latency.last.median;
  }
  await page.close();
  return result;
}

/** The churn page: 300 cells rewritten in each of 200 frames. */
export async function churn(context, base) {
  const { page, cdp } = await openProfiled(context, `${base}churn.html`);
  await page.waitForTimeout(1000);
  const before = await taskTime(cdp);
  await page.evaluate(() => window.churn());
  await page.waitForTimeout(500);
  const result = { churnMs: (await taskTime(cdp)) - before, churnScriptMs: await stopProfile(cdp) };
  await page.close();
  return result;
}

/** A large page without a result: what the extension adds to it. */
export async function largePageWithoutResult(context, base) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addedNodes = 0;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) window.addedNodes += r.addedNodes.length + (r.type === 'attributes' ? 1 : 0);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await page.goto(`${base}no-match-large.html`);
  await page.waitForTimeout(SETTLE_MS);
  const result = { noMatchNodesAdded: await page.evaluate(() => window.addedNodes), noMatchScriptMs: await stopProfile(cdp) };
  await page.close();
  return result;
}

/** The first result on a small screen, each time on a freshly loaded page: the median of the loads. */
export async function firstResultOnSmallScreen(context, base) {
  const page = await context.newPage();
  const runs = [];
  for (let i = 0; i < SMALL_SCREEN_LOADS; i++) {
    await page.goto(`${base}small-result.html`);
    await page.waitForTimeout(300);
    runs.push(await page.evaluate(() => window.firstResult()));
  }
  await page.close();
  runs.sort((a, b) => a - b);
  return { smallFirstMs: runs[Math.floor(runs.length / 2)] };
}

/** Scrolling the 20,000-row list a little each frame while the callout follows: own script time per frame. */
export async function calloutWhileScrolling(context, base) {
  const { page, cdp } = await openProfiled(context, `${base}patient-list-20000.html`);
  await page.waitForTimeout(SETTLE_MS);
  await stopProfile(cdp);
  await cdp.send('Profiler.start');
  const { frames, calloutShown } = await page.evaluate(() => window.scrollWithCallout({ frames: 120 }));
  const scriptMs = await stopProfile(cdp);
  await page.close();
  if (!calloutShown) throw new Error('bench: the callout was not shown while scrolling');
  return { calloutScrollMsPerFrame: scriptMs / frames };
}

/** Two pages where nothing happens, open side by side for 20 s: a 300-field form and plain text. */
export async function idlePages(context, base) {
  const pages = await Promise.all(['form-300-fields.html', 'plain-text.html'].map((file) => openProfiled(context, `${base}${file}`)));
  // Their own loading is not idle time: start counting once both have settled.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  for (const { cdp } of pages) {
    await stopProfile(cdp);
    await cdp.send('Profiler.start');
  }
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const [form, text] = await Promise.all(pages.map(({ cdp }) => stopProfile(cdp)));
  await Promise.all(pages.map(({ page }) => page.close()));
  return { idleFormScriptMs: form, idleTextScriptMs: text };
}
