// The bench's scenarios: each opens its page in the variant's browser and returns its figures.
// The ones taking `newTab` run in both browsers (a Playwright context's or puppeteer's newPage).
import { setTimeout as sleep } from 'node:timers/promises';
import { openProfiled, stopProfile, taskTime } from './browser.mjs';
import { oursInSpan, traceOf } from './trace.mjs';

// Long enough for our first reading of a 20,000-row list (time-sliced) to finish.
const SETTLE_MS = 4000;
// The idle scenario: a page where nothing happens, for 20 s.
const IDLE_MS = 20_000;
// The outside measurement of the first result: 15 runs, each in a freshly opened tab (a new
// renderer, as on a reception PC), not the same tab reloaded.
export const FRESH_TABS = 15;
// Runs with the page's ping loop (the longest stretch the page's thread was held), apart from the
// clock's: the pings keep the thread busy and would slow what the clock measures.
const PING_TABS = 5;
// Traced runs: tracing slows the page, so their figures are ours within a run, not the clock's.
const TRACED_TABS = 5;
// After the load event, for the content script (document_idle) to be up in the new tab.
const CONTENT_SCRIPT_MS = 500;
const LIST_RUNS = 9;

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The page's own latency figures on the 20,000-row list (tests/fixtures/perf/patient-list-20000.html);
 * `hostOnly` for the naive baseline, whose host holds no reminder.
 */
async function listLatency(page, hostOnly = false) {
  const latency = await page.evaluate((options) => window.runBenchmark(options), { runs: LIST_RUNS, hostOnly });
  return { latencyFirstMs: latency.first, latencyMiddleMs: latency.middle.median, latencyLastMs: latency.last.median };
}

/**
 * The 20,000-row list in Chromium: main-thread time of loading it, then, with `latencyUntil`, the
 * detection latency until the page sees the host ('host') or the host with the reminder ('complete').
 */
export async function longList(context, base, latencyUntil) {
  const result = {};
  const { page, cdp } = await openProfiled(context, `${base}patient-list-20000.html`);
  await sleep(SETTLE_MS);
  result.listLoadMs = await taskTime(cdp);
  result.listScriptMs = await stopProfile(cdp);
  if (latencyUntil) {
    await cdp.send('Profiler.start');
    Object.assign(result, await listLatency(page, latencyUntil === 'host'));
    result.latencyScriptMs = await stopProfile(cdp);
  }
  await page.close();
  return result;
}

/** The 20,000-row list's latency figures in a fresh tab of any browser. */
export async function longListLatency(newTab, base) {
  const page = await newTab();
  try {
    await page.goto(`${base}patient-list-20000.html`);
    await sleep(SETTLE_MS);
    return await listLatency(page);
  } finally {
    await page.close();
  }
}

/** One run of the small screen's first result (tests/fixtures/perf/small-result.html) in a fresh tab. */
async function smallScreenRun(newTab, base, options, during = (run) => run()) {
  const page = await newTab();
  try {
    await page.goto(`${base}small-result.html`);
    await sleep(CONTENT_SCRIPT_MS);
    let result;
    await during(async () => {
      result = await page.evaluate((arg) => window.firstResult(arg), options);
    }, page);
    return result;
  } finally {
    await page.close();
  }
}

/**
 * The first result on a small screen, each run in a fresh tab, by the page's clock: medians of the
 * first result, of the page's setTimeout(0) queued before its change, of the full panel, and (in
 * runs of their own) of the longest gap between the page's pings until the full panel.
 */
export async function firstResultInFreshTabs(newTab, base, loadingTexts) {
  const runs = [];
  for (let i = 0; i < FRESH_TABS; i++) runs.push(await smallScreenRun(newTab, base, { loadingTexts }));
  const gaps = [];
  for (let i = 0; i < PING_TABS; i++) gaps.push((await smallScreenRun(newTab, base, { loadingTexts, pings: true })).longestGapMs);
  return {
    smallFirstMs: median(runs.map((r) => r.firstMs)),
    smallTimeoutMs: median(runs.map((r) => r.timeoutMs)),
    smallRenderedMs: median(runs.map((r) => r.renderedMs)),
    smallLongestGapMs: median(gaps),
  };
}

/**
 * Chromium: our work per task from the small screen's change until the full panel, by a DevTools
 * trace of fresh tabs (scripts/bench/trace.mjs). Medians of the runs; the inside of the worst task
 * and the browser's rendering are those of the run with the median longest task.
 */
export async function longestTaskOfOurs(context, base, loadingTexts) {
  const runs = [];
  for (let i = 0; i < TRACED_TABS; i++) {
    let events;
    await smallScreenRun(context.newPage.bind(context), base, { loadingTexts }, async (run, page) => {
      const cdp = await context.newCDPSession(page);
      events = await traceOf(cdp, run);
      await cdp.detach();
    });
    runs.push(oursInSpan(events, 'shikaku-bench:change', 'shikaku-bench:rendered'));
  }
  const typical = [...runs].sort((a, b) => a.longestMs - b.longestMs)[Math.floor(runs.length / 2)];
  return {
    ourLongestTaskMs: median(runs.map((r) => r.longestMs)),
    ourSpanMs: median(runs.map((r) => r.totalMs)),
    renderingSpanMs: median(runs.map((r) => r.renderingMs)),
    longestRenderingMs: median(runs.map((r) => r.longestRendering?.ms)),
    typicalTrace: { longestMs: typical.longestMs, worstInside: typical.worstInside.slice(0, 8), longestRendering: typical.longestRendering },
  };
}

/** The churn page: 300 cells rewritten in each of 200 frames. */
export async function churn(context, base) {
  const { page, cdp } = await openProfiled(context, `${base}churn.html`);
  await sleep(1000);
  const before = await taskTime(cdp);
  await page.evaluate(() => window.churn());
  await sleep(500);
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
  await sleep(SETTLE_MS);
  const result = { noMatchNodesAdded: await page.evaluate(() => window.addedNodes), noMatchScriptMs: await stopProfile(cdp) };
  await page.close();
  return result;
}

/** Scrolling the 20,000-row list a little each frame while the callout follows: own script time per frame. */
export async function calloutWhileScrolling(context, base) {
  const { page, cdp } = await openProfiled(context, `${base}patient-list-20000.html`);
  await sleep(SETTLE_MS);
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
  await sleep(2000);
  for (const { cdp } of pages) {
    await stopProfile(cdp);
    await cdp.send('Profiler.start');
  }
  await sleep(IDLE_MS);
  const [form, text] = await Promise.all(pages.map(({ cdp }) => stopProfile(cdp)));
  await Promise.all(pages.map(({ page }) => page.close()));
  return { idleFormScriptMs: form, idleTextScriptMs: text };
}
