/**
 * The record a result belongs to (its table row, grid row or list item; else its line) and the
 * boxes of that record's text: what the callout must leave uncovered. Reads layout: call it only
 * where layout is read anyway (an animation frame).
 */

import type { Box } from './calloutPosition';

const RECORD = 'tr, [role=row], li, dd, [role=option]';
// A record has only so much text; a huge "line" (a whole list in one block) is capped.
const MAX_BOXES = 200;

export function recordOf(result: Element): Element {
  const record = result.closest(RECORD);
  if (record) return record;
  let line: Element = result;
  while (line.parentElement && getComputedStyle(line).display.startsWith('inline')) line = line.parentElement;
  return line;
}

export function recordTextBoxes(result: Element): Box[] {
  const record = recordOf(result);
  const boxes: Box[] = [];
  const range = record.ownerDocument.createRange();
  const walker = record.ownerDocument.createTreeWalker(record, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text && boxes.length < MAX_BOXES; text = walker.nextNode()) {
    if (!text.nodeValue?.trim()) continue;
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.height > 0) boxes.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
  }
  return boxes;
}
