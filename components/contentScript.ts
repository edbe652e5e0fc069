import { browser } from 'wxt/browser';
import { frameUrl } from '../lib/frameUrl';
import type { Request } from '../lib/messages';
import { sendRequest } from '../lib/runtime';
import type { Settings } from '../lib/settings/definition';
import { watchSettings } from '../lib/settings/storage';
import { isActiveOn } from '../lib/sites';
import { PageAlert } from './pageAlert';

/**
 * The content script's life in one frame: follow the settings, run a PageAlert while this site is
 * active, stop it (panel, highlights, observers) when turned off or when `signal` aborts.
 */
export function runContentScript(signal: AbortSignal, onLocationChange: (listener: () => void) => void): void {
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
          requestViews: async () => (await sendRequest({ type: 'callCentreViews' })) ?? null,
          reportCount: (count) => void sendRequest({ type: 'matchCount', count }),
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
  onLocationChange(apply);

  const onMessage = (message: unknown) => {
    const type = (message as Request)?.type;
    if (type === 'rescan') alert?.page.rescan();
    // The top frame answers with the origin its site rules use (never the path or query).
    if (type === 'pageOrigin' && window === window.top) return Promise.resolve(frameUrl(window).origin);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
