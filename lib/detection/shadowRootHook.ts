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
  const PageEvent = win.Event;
  // A Proxy keeps the native function's name, length and toString for the page.
  prototype.attachShadow = new Proxy(prototype.attachShadow, {
    apply(attach, host: Element, args: [ShadowRootInit]) {
      const root = Reflect.apply(attach, host, args);
      try {
        host.dispatchEvent(new PageEvent(SHADOW_ROOT_ATTACHED));
      } catch {
        // Never let our notice break the page's own call.
      }
      return root;
    },
  });
}
