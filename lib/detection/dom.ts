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

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'url']);

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

export function isUnrendered(el: Element): boolean {
  return UNRENDERED_TAGS.has(el.tagName.toUpperCase());
}

/** Form controls whose value is text a person reads on screen. */
export function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export function controlText(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  if (el.tagName.toUpperCase() === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.selectedIndex >= 0 ? (select.options[select.selectedIndex]?.text ?? '') : '';
  }
  return (el as HTMLInputElement).value;
}

/** The nearest ancestor that is not inline: the unit in which a result is read as a whole. */
export function containerOf(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

/** The element that rendered it: checkVisibility covers display:none, [hidden], closed <details>. */
export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  }
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** Smallest element (within `limit`) that holds all the given nodes. */
export function commonElement(nodes: readonly Node[], limit: Element): Element {
  const [first, ...rest] = nodes;
  let el: Element | null = first ? (first.nodeType === Node.ELEMENT_NODE ? (first as Element) : first.parentElement) : null;
  while (el && el !== limit && !rest.every((n) => el?.contains(n))) el = el.parentElement;
  return el ?? limit;
}
