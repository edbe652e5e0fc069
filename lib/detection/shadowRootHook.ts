/**
 * attachShadow() fires no mutation, so a shadow root attached after the detector walked its host
 * would stay unseen. This part runs in the page's own world (MAIN) from document_start and fires an
 * event on the host for each new root; the content script listens on every tree it observes.
 *
 * The event does not bubble and is not composed: it reaches only the host's own tree, where the
 * content script has a capturing listener, and nothing in the page listens for it.
 */

export const SHADOW_ROOT_ATTACHED = 'shikaku-alert:shadow-root-attached';

export function reportAttachedShadowRoots(win: typeof globalThis): void {
  const prototype = win.Element.prototype;
  // Taken now, before the page's scripts run: a page that later replaces Reflect.apply,
  // dispatchEvent or Event must neither break its own attachShadow nor blind the detector.
  const PageEvent = win.Event;
  const apply = win.Reflect.apply;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  // A Proxy keeps the native function's name, length and toString for the page.
  prototype.attachShadow = new Proxy(prototype.attachShadow, {
    apply(attach, host: Element, args: [ShadowRootInit]) {
      const root = apply(attach, host, args);
      try {
        apply(dispatch, host, [new PageEvent(SHADOW_ROOT_ATTACHED)]);
      } catch {
        // Never let our notice break the page's own call.
      }
      return root;
    },
  });
}
