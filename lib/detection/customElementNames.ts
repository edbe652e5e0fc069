import { CUSTOM_ELEMENTS_ASKED, CUSTOM_ELEMENTS_DEFINED } from './pageHooks';

/**
 * The custom elements the page defined, as the page-world hook tells them
 * (pageHooks.reportCustomElementNames): what a subtree without any trigger character in its text
 * can still show a result through is a form control or a custom element's shadow root, and both
 * are found by their tag names instead of visiting every element (walk.ts).
 */
export class CustomElementNames {
  private readonly names = new Set<string>();
  private tags: string[] | null = null;
  /** Whether the hook answered: without it, no list of names can be trusted. */
  private heard = false;
  /** Whether its first answer (every name defined before we started) is in. */
  private answered = false;

  constructor(
    doc: Document,
    signal: AbortSignal,
    /** A name defined after we started: elements of it already read may have a shadow root. */
    private readonly onDefined: (name: string) => void,
  ) {
    doc.addEventListener(CUSTOM_ELEMENTS_DEFINED, (event) => this.add((event as CustomEvent<unknown>).detail), { signal });
    // Answered at once, inside this call: the hook runs in the page's world from document_start.
    doc.dispatchEvent(new Event(CUSTOM_ELEMENTS_ASKED));
    this.answered = true;
  }

  /** Form controls and the defined custom elements, by tag name; null while the hook has not answered. */
  textFreeTags(): readonly string[] | null {
    if (!this.heard) return null;
    this.tags ??= ['input', 'textarea', 'select', ...this.names];
    return this.tags;
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
      if (typeof name !== 'string' || !name.includes('-') || this.names.has(name)) continue;
      this.names.add(name);
      this.tags = null;
      if (this.answered) this.onDefined(name);
    }
  }
}
