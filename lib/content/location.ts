/**
 * Following the frame's address without a timer, for site rules with a path: popstate and
 * hashchange cover the back button and anchors; pushState/replaceState fire nothing, so a
 * page-world hook (watchHistory, from document_start) reports them with an event on window.
 */

export const HISTORY_CHANGED = 'shikaku-alert:history-changed';

/** Runs in the page's own world (entrypoints/page-hooks.content.ts). */
export function watchHistory(win: typeof globalThis): void {
  const PageEvent = win.Event;
  const apply = win.Reflect.apply;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const history = win.History.prototype;
  for (const name of ['pushState', 'replaceState'] as const) {
    history[name] = new Proxy(history[name], {
      apply(target, self, args) {
        const result = apply(target, self, args);
        try {
          apply(dispatch, win, [new PageEvent(HISTORY_CHANGED)]);
        } catch {
          // Never let our notice break the page's own call.
        }
        return result;
      },
    });
  }
}

/** Calls `onChange` with the new address whenever it changes, until `signal` aborts. */
export function watchLocation(win: Window, signal: AbortSignal, onChange: () => void): void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  for (const type of ['popstate', 'hashchange', HISTORY_CHANGED]) win.addEventListener(type, check, { signal });
}
