import { containerOf, isInline, isTextControl } from './detection/dom';

/**
 * Where the panel goes (contract: "Placement"): right after the block holding the first result,
 * never inside table, list or form-control structure, never squeezed into a flex or grid row, and
 * inside a modal <dialog> or popover (the top layer would cover anything outside it).
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
  const style = getComputedStyle(parent);
  if (style.display === 'contents' || style.display.includes('grid') || style.display.startsWith('inline')) return false;
  if (style.display.includes('flex')) return style.flexDirection.startsWith('column');
  return true;
}

export interface Placement {
  parent: Node;
  /** Insert before this node (null: append). */
  before: Node | null;
}

export function placementFor(match: Element): Placement {
  let anchor = isTextControl(match) ? match : (containerOf(match) ?? match);
  if (isTopLayerBox(anchor)) return { parent: anchor, before: null };
  for (let parent = anchor.parentElement; parent && !isTopLayerBox(parent) && !canHoldPanel(parent); parent = anchor.parentElement) {
    anchor = parent;
  }
  if (isTopLayerBox(anchor)) return { parent: anchor, before: null };
  if (anchor.tagName === 'BODY' || anchor.tagName === 'HTML') return { parent: anchor, before: null };
  return { parent: anchor.parentNode as Node, before: anchor.nextSibling };
}
