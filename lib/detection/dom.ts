/** How the detector sees the page's structure: which elements flow inline, which are never rendered. */

// Elements whose text runs on inside the surrounding line: a result split across them
// (資格<span>（無効）</span>) is still one result.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'br', 'wbr',
]);

// Never rendered as text (contract: "Not counted").
export const UNRENDERED_TAGS: readonly string[] = [
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'iframe', 'frame',
  'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'img',
  // Only the selected option is shown, and the <select> control reports it.
  'option', 'optgroup', 'datalist',
];

// The only built-in elements attachShadow accepts (DOM standard); other hosts are custom elements.
const SHADOW_HOST_TAGS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'url']);

/** A block element or a shadow root whose own text and inline children are read as one line. */
export type Unit = Element | ShadowRoot;

export type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the first reading of a page needs to know of each element, found in one lookup. */
export const ElementKind = { Plain: 0, Unrendered: 1, Control: 2, ShadowHost: 3 } as const;
export type ElementKind = (typeof ElementKind)[keyof typeof ElementKind];

const KINDS = new Map<string, ElementKind>([
  ...UNRENDERED_TAGS.map((name) => [name, ElementKind.Unrendered] as const),
  ...['input', 'textarea', 'select'].map((name) => [name, ElementKind.Control] as const),
  ...[...SHADOW_HOST_TAGS].map((name) => [name, ElementKind.ShadowHost] as const),
]);

// These run for every element of a page on its first reading: by localName, which the browser
// keeps as a shared string (tagName builds an upper-case one, in HTML and XHTML differently).

export function kindOf(el: Element): ElementKind {
  const name = el.localName;
  // Other hosts of shadow roots are custom elements.
  return KINDS.get(name) ?? (name.includes('-') ? ElementKind.ShadowHost : ElementKind.Plain);
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

export function isUnrendered(el: Element): boolean {
  return kindOf(el) === ElementKind.Unrendered;
}

/** Form controls whose value is text a person reads on screen. */
export function isTextControl(el: Element): el is TextControl {
  if (kindOf(el) !== ElementKind.Control) return false;
  return el.localName !== 'input' || TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export function controlText(el: TextControl): string {
  if (el.localName === 'select') {
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

/** A host's shadow root, open or (through `closedRoot`) closed; only possible hosts are asked. */
export function shadowRootOf(el: Element, closedRoot?: (host: Element) => ShadowRoot | null): ShadowRoot | null {
  if (kindOf(el) !== ElementKind.ShadowHost) return null;
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
