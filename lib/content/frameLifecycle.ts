import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameUrl } from './frameUrl';
import { knowMessageLocale } from '../i18n/translate';
import type { Request } from '../messaging/messages';
import { answerMessages, sendRequest } from '../messaging/runtime';
import { type Published, watchPublishedSettings } from '../settings/published';
import { isActiveOn } from '../settings/sites';
import { PageController } from './pageController';
import { watchLocation } from './location';
import { cancel, every, pendingTimers, type TimerId } from '../shared/scheduler';

// Chromium tells an orphaned content script (extension disabled, reloaded or updated while the page
// stays open) nothing: only runtime.id goes. Asking ctx.isValid notices that and aborts ctx.signal,
// which removes the panel, highlights, observers and listeners. It is asked before every use of an
// extension API and when the tab is shown again; on a timer only while something of ours is on
// screen (a page that shows a panel may never change again). A page showing nothing keeps no timer:
// its orphaned script stays quiet until a result would need the extension, and stops then.
const LIFE_CHECK_MS = 1_000;

/**
 * The content script's life in one frame: follow the settings, run a PageController while this site is
 * active, stop it (panel, highlights, observers) when turned off or when the context is invalidated.
 */
export function runContentScript(ctx: ContentScriptContext): void {
  const signal = ctx.signal;
  const alive = () => ctx.isValid;
  let lifeCheck: TimerId | undefined;
  const checkLifeWhile = (showing: boolean) => {
    if (showing) lifeCheck ??= every(alive, LIFE_CHECK_MS);
    else {
      cancel(lifeCheck);
      lifeCheck = undefined;
    }
  };
  signal.addEventListener('abort', () => checkLifeWhile(false), { once: true });
  document.addEventListener('visibilitychange', alive, { signal });
  if (import.meta.env.WXT_TEST_HOOKS === '1') answerTimerCount(signal);
  let published: Published | undefined;
  let alert: { page: PageController; stop: AbortController } | null = null;

  const apply = () => {
    if (!published || signal.aborted) return;
    const { settings, triggerCharacters } = published;
    const active = isActiveOn(settings, frameUrl(window));
    if (active && alert) {
      alert.page.updateSettings(settings, triggerCharacters);
    } else if (active) {
      alert = startPage(signal, alive, checkLifeWhile, published);
    } else if (alert) {
      alert.stop.abort();
      alert = null;
    }
  };

  watchPublishedSettings(signal, (next) => {
    if (next.locale) knowMessageLocale(next.locale);
    published = next;
    apply();
  });
  watchLocation(window, signal, apply);

  const stopAnswering = answerMessages((message) => {
    const type = (message as Request)?.type;
    if (type === 'rescan') alert?.page.rescan();
    // The top frame answers with the origin its site rules use (never the path or query).
    if (type === 'pageOrigin' && window === window.top) return Promise.resolve(frameUrl(window).origin);
    return undefined;
  });
  signal.addEventListener('abort', stopAnswering, { once: true });
}

/** A PageController for this frame's document, wired to the extension; stopped with `signal`. */
function startPage(
  signal: AbortSignal,
  alive: () => boolean,
  showing: (showing: boolean) => void,
  { settings, triggerCharacters }: Published,
): { page: PageController; stop: AbortController } {
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const page = new PageController(
    {
      doc: document,
      signal: stop.signal,
      alive,
      requestViews: async () => (alive() ? ((await sendRequest({ type: 'callCentreViews' })) ?? null) : null),
      reportCount: (count) => {
        if (alive()) void sendRequest({ type: 'matchCount', count });
      },
      openSlip: () => {
        if (alive()) void sendRequest({ type: 'openSlip' });
      },
      showing,
    },
    settings,
    triggerCharacters,
  );
  return { page, stop };
}

/**
 * Test builds only (removed from release builds at build time): a page asks, with
 * postMessage('shikaku-alert:test:pending-timers'), how many timers this frame's script holds.
 */
function answerTimerCount(signal: AbortSignal): void {
  window.addEventListener(
    'message',
    (event) => {
      if (event.data === 'shikaku-alert:test:pending-timers' && event.source === window) {
        window.postMessage({ pendingTimers: pendingTimers() }, '*');
      }
    },
    { signal },
  );
}
