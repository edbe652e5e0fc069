import type { Match } from '../detection/mentions';
import { isInline, isTextControl, precedes } from '../detection/dom';
import { closedShadowRoot } from '../detection/shadowRoots';

/**
 * Where the panel goes (contract: "Placement"): right after the block holding the first result,
 * in the same tree as the result, never inside table, list or form-control structure, never
 * squeezed into a flex or grid row, and inside a modal <dialog> or popover (the top layer would
 * cover anything outside it).
 */

// Parents that must not receive a block of ours: it would break their structure.
const STRUCTURAL = new Set([
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'COLGROUP',
  'UL', 'OL', 'MENU', 'DL', 'SELECT', 'OPTGROUP', 'DATALIST',
  'BUTTON', 'LABEL', 'SUMMARY', 'LEGEND', 'P', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);

function isTopLayerBox(el: Element): boolean {
  return el.tagName === 'DIALOG' || el.hasAttribute('popover');
}

function canHoldPanel(parent: Element): boolean {
  if (STRUCTURAL.has(parent.tagName.toUpperCase()) || isInline(parent)) return false;
  // A shadow host shows only what its slots take: a child of ours might never be rendered.
  if (parent.shadowRoot || closedShadowRoot(parent)) return false;
  const style = getComputedStyle(parent);
  if (style.display === 'contents' || style.display.includes('grid') || style.display.startsWith('inline')) return false;
  if (style.display.includes('flex')) return style.flexDirection.startsWith('column');
  return true;
}

function blockOf(el: Element): Element {
  let block = el;
  while (block.parentElement && (block === el || isInline(block))) block = block.parentElement;
  return block;
}

/**
 * The result the panel belongs to: the first one in document order, unless results sit in an open
 * modal dialog, which covers everything outside it.
 */
export function anchorOf(matches: readonly Match[]): Match | undefined {
  const modal = matches.filter((m) => m.dialog?.matches(':modal'));
  let anchor: Match | undefined;
  for (const match of modal.length > 0 ? modal : matches) {
    if (!anchor || precedes(match.element, anchor.element)) anchor = match;
  }
  return anchor;
}

export interface Placement {
  parent: Node;
  /** Insert before this node (null: append). */
  before: Node | null;
}

/** `panel`: the panel itself where it already stands, which is not a neighbour to place it by. */
export function placementFor(match: Match, panel?: Element): Placement {
  // Text directly in a shadow root: the panel joins it there, in the same tree.
  if (match.unit instanceof ShadowRoot) return { parent: match.unit, before: null };
  // A form control flows inline: the panel follows the block that holds it.
  let anchor = isTextControl(match.unit) ? blockOf(match.unit) : match.unit;
  if (isTopLayerBox(anchor)) return { parent: anchor, before: null };
  for (let parent = anchor.parentElement; parent && !isTopLayerBox(parent) && !canHoldPanel(parent); parent = anchor.parentElement) {
    anchor = parent;
  }
  if (anchor.tagName === 'BODY' || anchor.tagName === 'HTML') return { parent: anchor, before: null };
  const next = anchor.nextSibling;
  return { parent: anchor.parentNode as Node, before: next !== null && next === panel ? next.nextSibling : next };
}
