import type { Match } from '../detection/mentions';
import { isInline, isTextControl, precedes } from '../detection/dom';

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

/** Whether an element hosts a shadow root, open or closed (the detector knows the closed ones it read). */
export type ShadowHostTest = (el: Element) => boolean;

function canHoldPanel(parent: Element, isShadowHost: ShadowHostTest): boolean {
  if (STRUCTURAL.has(parent.tagName.toUpperCase()) || isInline(parent)) return false;
  // A shadow host shows only what its slots take: a child of ours might never be rendered.
  if (isShadowHost(parent)) return false;
  const style = getComputedStyle(parent);
  if (style.display === 'contents' || style.display.includes('grid') || style.display.startsWith('inline')) return false;
  if (style.display.includes('flex')) return style.flexDirection.startsWith('column');
  return true;
}

// ARIA grids are tables (contract: "Grids are tables"): a div-based data grid's rows are its
// structure as much as a <tr> is a table's.
const GRID_ROLES = new Set(['grid', 'treegrid', 'table', 'row', 'rowgroup', 'gridcell', 'cell', 'columnheader', 'rowheader']);

function isGridPart(el: Element): boolean {
  return GRID_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * Whether a box of ours would be overlapped or clipped beside `child` in `parent`: the page lays
 * out such children itself (absolutely positioned or transformed, like a virtualised grid's rows),
 * or `parent` is a viewport of fixed size (it scrolls or clips, or its height is set inline), or
 * it only wraps the one child and sizes it (a grid's container).
 */
function isBoxedIn(parent: Element, child: Element, panel?: Element): boolean {
  const childStyle = getComputedStyle(child);
  if (childStyle.position === 'absolute' || childStyle.position === 'fixed' || childStyle.transform !== 'none') return true;
  const style = getComputedStyle(parent);
  if (style.overflowY !== 'visible' || style.transform !== 'none') return true;
  if ((parent as HTMLElement).style?.height || (parent as HTMLElement).style?.maxHeight) return true;
  // Our own panel beside it is not one of the page's children.
  return parent.childElementCount - (panel?.parentElement === parent ? 1 : 0) === 1;
}

/** The grid's outermost element: its own wrappers and viewports are no place for the panel. */
function outsideGrid(grid: Element, isShadowHost: ShadowHostTest, panel?: Element): Element {
  let anchor = grid;
  for (let parent = anchor.parentElement; parent && parent.tagName !== 'BODY' && !isTopLayerBox(parent); parent = anchor.parentElement) {
    if (!isGridPart(parent) && canHoldPanel(parent, isShadowHost) && !isBoxedIn(parent, anchor, panel)) break;
    anchor = parent;
  }
  return anchor;
}

/** The outermost ARIA grid or table holding `el`, if any. */
function gridOf(el: Element): Element | null {
  let grid: Element | null = null;
  for (let g = el.closest('[role=grid], [role=treegrid], [role=table]'); g; g = g.parentElement?.closest('[role=grid], [role=treegrid], [role=table]') ?? null) {
    grid = g;
  }
  return grid;
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
export function placementFor(match: Match, isShadowHost: ShadowHostTest, panel?: Element): Placement {
  // Text directly in a shadow root: the panel joins it there, in the same tree.
  if (match.unit instanceof ShadowRoot) return { parent: match.unit, before: null };
  // A form control flows inline: the panel follows the block that holds it.
  let anchor = isTextControl(match.unit) ? blockOf(match.unit) : match.unit;
  const grid = gridOf(anchor);
  if (grid) anchor = outsideGrid(grid, isShadowHost, panel);
  if (isTopLayerBox(anchor)) return { parent: anchor, before: null };
  for (let parent = anchor.parentElement; parent && !isTopLayerBox(parent) && !canHoldPanel(parent, isShadowHost); parent = anchor.parentElement) {
    anchor = parent;
  }
  if (anchor.tagName === 'BODY' || anchor.tagName === 'HTML') return { parent: anchor, before: null };
  const next = anchor.nextSibling;
  return { parent: anchor.parentNode as Node, before: next !== null && next === panel ? next.nextSibling : next };
}
