import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameUrl } from '../lib/frameUrl';
import type { Request } from '../lib/messages';
import { answerMessages, sendRequest } from '../lib/runtime';
import type { Settings } from '../lib/settings/definition';
import { watchSettings } from '../lib/settings/storage';
import { isActiveOn } from '../lib/sites';
import { PageAlert } from './pageAlert';

// Chromium tells an orphaned content script (extension disabled, reloaded or updated while the page
// stays open) nothing: only runtime.id goes. Asking ctx.isValid notices that and aborts ctx.signal,
// which removes the panel, highlights, observers and listeners. Asked on a timer, since a page
// that shows a panel may never change again, and before every use of an extension API.
const LIFE_CHECK_MS = 1_000;

/**
 * The content script's life in one frame: follow the settings, run a PageAlert while this site is
 * active, stop it (panel, highlights, observers) when turned off or when the context is invalidated.
 */
export function runContentScript(ctx: ContentScriptContext): void {
  const signal = ctx.signal;
  const alive = () => ctx.isValid;
  const lifeCheck = setInterval(alive, LIFE_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(lifeCheck), { once: true });
  let settings: Settings | undefined;
  let alert: { page: PageAlert; stop: AbortController } | null = null;

  const apply = () => {
    if (!settings || signal.aborted) return;
    const active = isActiveOn(settings, frameUrl(window));
    if (active && alert) {
      alert.page.updateSettings(settings);
    } else if (active) {
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      const page = new PageAlert(
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
        },
        settings,
      );
      alert = { page, stop };
    } else if (alert) {
      alert.stop.abort();
      alert = null;
    }
  };

  watchSettings(signal, (effective) => {
    settings = effective.settings;
    apply();
  });
  ctx.addEventListener(window, 'wxt:locationchange', apply);

  const stopAnswering = answerMessages((message) => {
    const type = (message as Request)?.type;
    if (type === 'rescan') alert?.page.rescan();
    // The top frame answers with the origin its site rules use (never the path or query).
    if (type === 'pageOrigin' && window === window.top) return Promise.resolve(frameUrl(window).origin);
    return undefined;
  });
  signal.addEventListener('abort', stopAnswering, { once: true });
}
