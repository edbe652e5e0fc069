/**
 * Tells when the page moves an element in the viewport without any scrolling (a row inserted
 * above it, a banner that closes): the technique of floating-ui's autoUpdate (layoutShift). An
 * IntersectionObserver's root is cut, by a negative rootMargin, to the element's own box, so the
 * element fills it exactly until it moves; the browser reports that at its next rendering, with the
 * new box. No timer, and no layout read of ours. Returns the function that stops it.
 */
export function observeMove(element: Element, box: DOMRectReadOnly, onMove: (box: DOMRectReadOnly) => void): () => void {
  const doc = element.ownerDocument;
  let observer: IntersectionObserver | null = null;
  const arm = (at: DOMRectReadOnly, threshold: number) => {
    observer?.disconnect();
    observer = null;
    if (at.width === 0 || at.height === 0) return;
    const viewport = viewportOf(doc);
    const insets = [at.top, viewport.width - at.right, viewport.height - at.bottom, at.left];
    const rootMargin = insets.map((inset) => `${-Math.floor(inset)}px`).join(' ');
    observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry) return;
        const now = entry.boundingClientRect;
        if (!sameBox(now, at)) {
          onMove(now);
          arm(now, 1);
        } else if (entry.intersectionRatio > 0 && entry.intersectionRatio !== threshold) {
          // In place but partly clipped (a pane, the viewport's edge): what shows is the new whole.
          arm(now, entry.intersectionRatio);
        }
      },
      { root: doc, rootMargin, threshold },
    );
    observer.observe(element);
  };
  arm(box, 1);
  return () => observer?.disconnect();
}

function sameBox(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}

/**
 * The part of the window the page's content shows in, without scrollbars (innerWidth counts them):
 * the scrolling element's client box (in quirks mode the body's), which is also the box an
 * IntersectionObserver with the document as root cuts its margin from.
 */
export function viewportOf(doc: Document): { width: number; height: number } {
  const root = doc.scrollingElement ?? doc.documentElement;
  return { width: root.clientWidth, height: root.clientHeight };
}
