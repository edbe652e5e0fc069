import { isRendered, isTextControl, isUnrendered, type TextControl, type Unit, unitOf } from './dom';
import { normalise, type SegmentedText } from './normalise';
import { isOnlyStatus, isQuoted, isTally, statusNameOf } from './statusWords';

/**
 * Furniture is not a result (docs/page-contract.md#furniture-is-not-a-result): text that names the
 * statuses in general — a filter's choices, a column header, a tally, a legend, a quotation, a
 * tooltip — stands alone like a result but is about no record. Asked only of occurrences that
 * already read as results, so a page without one pays nothing for it.
 */

export type FurnitureKind = 'choice' | 'column header' | 'tally' | 'vocabulary' | 'quotation' | 'tooltip';

const CHOICE_ROLES =
  '[role=option], [role=menuitem], [role=menuitemcheckbox], [role=menuitemradio], [role=tab], [role=checkbox], [role=radio], [role=switch]';
const CELL = new Set(['td', 'th']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
// A vocabulary scans this many siblings each way: legend items stand together.
const SIBLINGS_LOOKED_AT = 16;
// Longer than any status name with a marker and a count: such a sibling is no item of a vocabulary.
const ITEM_TEXT_MAX = 24;

// An item of a vocabulary, a choice or a tab holds a few nodes; larger elements are none of these,
// and their text is never built (a neighbour of a million nodes would cost a long task).
const SMALL_NODES = 24;

function isSmall(el: Element): boolean {
  let budget = SMALL_NODES;
  const walker = el.ownerDocument.createTreeWalker(el);
  while (walker.nextNode()) if (--budget < 0) return false;
  return true;
}

/** The normalised text of a small element; '' for a large one, which is no item. */
function textOf(el: Element): string {
  return isSmall(el) ? normalise(el.textContent ?? '') : '';
}

/** A control's value is furniture when it is a choice (an enabled select) or a search query. */
function controlFurniture(control: TextControl): FurnitureKind | null {
  // Disabled or read-only, it shows the record's value rather than offering a choice.
  if (control.matches(':disabled') || (control as HTMLInputElement).readOnly) return null;
  if (control.localName === 'select') return 'choice';
  if (control.localName === 'input' && (control as HTMLInputElement).type === 'search') return 'choice';
  return control.closest('[role=searchbox], [role=search], search') ? 'choice' : null;
}

/** A checkbox or radio's label, a tab, an option or a menu item whose whole text is a status. */
function isChoice(el: Element, statuses: readonly string[]): boolean {
  const choice = el.closest(CHOICE_ROLES);
  if (choice && isOnlyStatus(textOf(choice), statuses)) return true;
  const label = el.closest('label');
  if (!label) return false;
  const control = (label as HTMLLabelElement).control ?? label.querySelector('input');
  const type = control?.localName === 'input' ? (control as HTMLInputElement).type : '';
  return (type === 'checkbox' || type === 'radio') && isOnlyStatus(textOf(label), statuses);
}

function isColumnHeader(el: Element): boolean {
  if (el.closest('[role=columnheader]')) return true;
  const th = el.closest('th');
  if (!th) return false;
  if (th.getAttribute('scope') === 'col' || th.parentElement?.parentElement?.localName === 'thead') return true;
  // A row of only header cells heads columns; a single one over the rows below heads a group.
  const row = th.parentElement;
  return row !== null && row.childElementCount >= 2 && [...row.children].every((cell) => cell.localName === 'th');
}

function isCell(el: Element): boolean {
  return CELL.has(el.localName) || CELL_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * The status a sibling shows as a person reads it, or null: its rendered text (no hidden or
 * unslotted parts), all on one line (text in separate blocks is not one item's name).
 */
function shownStatusOf(sibling: Element, statuses: readonly string[]): string | null {
  // What a person cannot read as an item (a script, a box being typed in) is no item.
  if (isUnrendered(sibling) || (sibling as HTMLElement).isContentEditable) return null;
  const text = textOf(sibling);
  if (text === '' || text.length > ITEM_TEXT_MAX || !statusNameOf(text, statuses)) return null;
  let shown = '';
  let line: Unit | null | undefined;
  const walker = sibling.ownerDocument.createTreeWalker(sibling, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.nodeValue?.trim() || !parent || isUnrendered(parent) || !isRendered(parent)) continue;
    const unit = unitOf(node);
    if (line !== undefined && unit !== line) return null;
    line = unit;
    shown += node.nodeValue;
  }
  return statusNameOf(normalise(shown), statuses);
}

/**
 * Whether `item` (whose text is only the status `name`) stands among siblings that name the other
 * statuses, each once: a list of the statuses. A status that repeats makes it a list of results
 * (patient after patient with 資格情報なし). A table cell's row is a record unless every filled
 * cell in it is a status; a <dd> is the value of its <dt>, a record's field.
 */
function isVocabularyItem(item: Element, name: string, statuses: readonly string[]): boolean {
  if (item.localName === 'dd') return false;
  const cell = isCell(item);
  const names = [name];
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sibling = item[step];
    for (let i = 0; sibling && i < SIBLINGS_LOOKED_AT; i++, sibling = sibling[step]) {
      const status = shownStatusOf(sibling, statuses);
      if (status !== null && names.includes(status)) return false;
      if (status !== null) names.push(status);
      else if (cell && (!isSmall(sibling) || textOf(sibling) !== '')) return false;
    }
  }
  return names.length > 1;
}

function isVocabulary(el: Element, statuses: readonly string[]): boolean {
  for (let item: Element | null = el; item && item.localName !== 'body'; item = item.parentElement) {
    const name = statusNameOf(textOf(item), statuses);
    if (name === null) return false;
    if (isVocabularyItem(item, name, statuses)) return true;
  }
  return false;
}

/**
 * Which kind of furniture the occurrence at `start`–`end` of `seg` is, held by `element`; null
 * for a result. `statuses`: the normalised texts of the patterns.
 */
export function furnitureOf(
  element: Element,
  seg: SegmentedText,
  span: { start: number; end: number },
  statuses: readonly string[],
): FurnitureKind | null {
  if (isTextControl(element)) return controlFurniture(element);
  if (element.closest('[role=tooltip]')) return 'tooltip';
  // A search box drawn without an <input> (contenteditable): its text is the query.
  if (element.closest('[role=searchbox]')) return 'choice';
  if (isQuoted(seg, span.start)) return 'quotation';
  if (isTally(seg, span.start, span.end)) return 'tally';
  if (isChoice(element, statuses)) return 'choice';
  if (isColumnHeader(element)) return 'column header';
  if (isVocabulary(element, statuses)) return 'vocabulary';
  return null;
}
