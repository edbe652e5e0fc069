/** How the detector sees the page's structure: which elements flow inline, which are never rendered. */

// Elements whose text runs on inside the surrounding line: a result split across them
// (資格<span>（無効）</span>) is still one result.
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE',
  'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'BR', 'WBR',
]);

// Never rendered as text (contract: "Not counted").
const UNRENDERED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'FRAME',
  'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG',
  // Only the selected option is shown, and the <select> control reports it.
  'OPTION', 'OPTGROUP', 'DATALIST',
]);

// The only built-in elements attachShadow accepts (DOM standard); other hosts are custom elements.
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'url']);

/** A block element or a shadow root whose own text and inline children are read as one line. */
export type Unit = Element | ShadowRoot;

export type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

export function isUnrendered(el: Element): boolean {
  return UNRENDERED_TAGS.has(el.tagName.toUpperCase());
}

/** Only these can have a shadow root, so only these are asked for a closed one. */
export function canHostShadowRoot(el: Element): boolean {
  return el.localName.includes('-') || SHADOW_HOST_TAGS.has(el.tagName.toUpperCase());
}

/** Form controls whose value is text a person reads on screen. */
export function isTextControl(el: Element): el is TextControl {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export function controlText(el: TextControl): string {
  if (el.tagName.toUpperCase() === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.selectedIndex >= 0 ? (select.options[select.selectedIndex]?.text ?? '') : '';
  }
  return (el as HTMLInputElement).value;
}

/**
 * The unit in which a node's text is read as a whole: the nearest ancestor that is not inline, or
 * the shadow root when inline content sits directly in one. Text of a <select>'s options and of a
 * <textarea> belongs to the control, which shows it.
 */
export function unitOf(node: Node): Unit | null {
  if (node instanceof ShadowRoot) return node;
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return node.parentNode instanceof ShadowRoot ? node.parentNode : null;
  const control = el.closest('select, textarea');
  if (control) return control;
  while (isInline(el)) {
    const parent: Element | null = el.parentElement;
    if (!parent) return el.parentNode instanceof ShadowRoot ? el.parentNode : el;
    el = parent;
  }
  return el;
}

/** The element that shows a unit: a shadow root is shown by its host. */
export function elementOf(unit: Unit): Element {
  return unit instanceof ShadowRoot ? unit.host : unit;
}

/**
 * Whether the element's own text is rendered: checkVisibility covers display:none, [hidden],
 * visibility:hidden and hidden ancestors (closed <details>); an element's own content-visibility
 * (hidden="until-found") hides its text but not its box; display:contents has no box but shows
 * its text.
 */
export function isRendered(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) {
    const style = getComputedStyle(el);
    if (style.display !== 'contents' || style.visibility === 'hidden') return false;
    const parent = el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
    return parent !== null && isRendered(parent);
  }
  return getComputedStyle(el).contentVisibility !== 'hidden';
}

/** Smallest element (within `unit`) that holds all the given nodes. */
export function commonElement(nodes: readonly Node[], unit: Unit): Element {
  const [first, ...rest] = nodes;
  let el: Element | null = first ? (first.nodeType === Node.ELEMENT_NODE ? (first as Element) : first.parentElement) : null;
  while (el && el !== unit && !rest.every((n) => el?.contains(n))) el = el.parentElement;
  return el ?? elementOf(unit);
}

/** A host's shadow root, open or (through `closedRoot`) closed. */
export function shadowRootOf(el: Element, closedRoot?: (host: Element) => ShadowRoot | null): ShadowRoot | null {
  if (!canHostShadowRoot(el)) return null;
  return el.shadowRoot ?? closedRoot?.(el) ?? null;
}

/** Document order across shadow trees: compare the hosts in the outermost shared tree. */
export function precedes(a: Element, b: Element): boolean {
  if (a.getRootNode() === b.getRootNode()) return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; ; i++) {
    const x = chainA[i];
    const y = chainB[i];
    if (!x || !y) return chainA.length < chainB.length;
    if (x !== y) return Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
}

/** [outermost host, …, element]: each entry lives in the tree of the one before. */
export function hostChain(el: Element): Element[] {
  const chain = [el];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** The <dialog> an element is shown in, looking out through shadow hosts. */
export function dialogOf(el: Element): Element | null {
  for (const e of hostChain(el).reverse()) {
    const dialog = e.closest('dialog');
    if (dialog) return dialog;
  }
  return null;
}
