import type { Match } from '../detection/mentions';

/** The contract's marker on each matched element (its value is the status token). */
export const MATCH_ATTRIBUTE = 'data-shikaku-alert-match';

/**
 * Keeps the marker exactly on the current matches: added to new ones, removed from gone ones, and
 * from all when `signal` aborts.
 */
export class Highlights {
  private marked = new Set<Element>();

  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.update([]), { once: true });
  }

  update(matches: readonly Match[]): void {
    const next = new Set<Element>();
    for (const match of matches) {
      next.add(match.element);
      if (match.element.getAttribute(MATCH_ATTRIBUTE) !== match.status) {
        match.element.setAttribute(MATCH_ATTRIBUTE, match.status);
      }
    }
    for (const el of this.marked) if (!next.has(el)) el.removeAttribute(MATCH_ATTRIBUTE);
    this.marked = next;
  }
}
