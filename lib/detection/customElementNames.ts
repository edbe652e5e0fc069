import { CUSTOM_ELEMENTS_ASKED, CUSTOM_ELEMENTS_DEFINED } from './pageHooks';

/**
 * The custom elements the page defined, as the page-world hook tells them
 * (pageHooks.reportCustomElementNames): what a subtree without any trigger character in its text
 * can still show a result through is a form control or a custom element's shadow root, and both
 * are found by a selector instead of visiting every element (walk.ts).
 */
export class CustomElementNames {
  private readonly names = new Set<string>();
  private selector: string | null = null;
  /** Whether the hook answered: without it, no selector can be trusted. */
  private heard = false;

  constructor(doc: Document, signal: AbortSignal) {
    doc.addEventListener(CUSTOM_ELEMENTS_DEFINED, (event) => this.add((event as CustomEvent<unknown>).detail), { signal });
    // Answered at once, inside this call: the hook runs in the page's world from document_start.
    doc.dispatchEvent(new Event(CUSTOM_ELEMENTS_ASKED));
  }

  /**
   * Form controls, custom elements not (yet) defined, and those defined: null while the hook has
   * not answered (every element must be visited then).
   */
  textFreeSelector(): string | null {
    if (!this.heard) return null;
    this.selector ??= ['input', 'textarea', 'select', ':not(:defined)', ...[...this.names].map((name) => CSS.escape(name))].join(', ');
    return this.selector;
  }

  private add(detail: unknown): void {
    let names: unknown;
    try {
      names = typeof detail === 'string' ? JSON.parse(detail) : null;
    } catch {
      return;
    }
    if (!Array.isArray(names)) return;
    this.heard = true;
    for (const name of names) {
      if (typeof name === 'string' && name.includes('-') && !this.names.has(name)) {
        this.names.add(name);
        this.selector = null;
      }
    }
  }
}
