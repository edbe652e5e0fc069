/**
 * The address that site rules apply to. about:blank and srcdoc frames belong to the page that
 * made them, so they follow its rules rather than matching nothing.
 */
export function frameUrl(win: Window): URL {
  if (win.location.protocol !== 'about:') return new URL(win.location.href);
  try {
    for (let w: Window = win; w !== w.parent; ) {
      w = w.parent;
      if (w.location.protocol !== 'about:') return new URL(w.location.href);
    }
  } catch {
    // A cross-origin ancestor: its origin is still ours to know.
  }
  return new URL(win.origin === 'null' ? 'about:blank' : win.origin);
}
