/**
 * Where the callout stands (contract: "Our UI never hides what it points at"): beside the result
 * where there is free space, else the nearest place that covers no text of the result's record
 * (its table row, grid row, list item or line), with a pointer towards the result. Pure: boxes
 * in, a position out, so every case can be tried without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Which side of the callout carries the pointer: the side facing the result. */
export type PointerSide = 'left' | 'right' | 'top' | 'bottom';

export interface CalloutPosition {
  left: number;
  top: number;
  pointer: PointerSide;
  /** Along the pointer's side, from the callout's corner: where the result's centre is (px). */
  pointerAt: number;
}

export const GAP = 10;
export const MARGIN = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxAt(left: number, top: number, size: Size): Box {
  return { left, top, right: left + size.width, bottom: top + size.height };
}

function fits(box: Box, view: Size): boolean {
  return box.left >= MARGIN && box.top >= MARGIN && box.right <= view.width - MARGIN && box.bottom <= view.height - MARGIN;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

interface Candidate {
  left: number;
  top: number;
  pointer: PointerSide;
}

/** Places to try, nearest first: on the result's line, then off the record's lines. */
function candidates(result: Box, size: Size, record: readonly Box[], view: Size): Candidate[] {
  const middle = (result.top + result.bottom) / 2 - size.height / 2;
  const recordRight = Math.max(result.right, ...record.map((b) => b.right));
  const recordLeft = Math.min(result.left, ...record.map((b) => b.left));
  const recordTop = Math.min(result.top, ...record.map((b) => b.top));
  const recordBottom = Math.max(result.bottom, ...record.map((b) => b.bottom));
  const under = clamp(result.left, MARGIN, view.width - size.width - MARGIN);
  return [
    { left: result.right + GAP, top: middle, pointer: 'left' },
    { left: result.left - GAP - size.width, top: middle, pointer: 'right' },
    { left: recordRight + GAP, top: middle, pointer: 'left' },
    { left: recordLeft - GAP - size.width, top: middle, pointer: 'right' },
    { left: under, top: recordBottom + GAP, pointer: 'top' },
    { left: under, top: recordTop - GAP - size.height, pointer: 'bottom' },
  ];
}

function pointerAt(position: Candidate, result: Box, size: Size): number {
  const along = position.pointer === 'top' || position.pointer === 'bottom';
  const centre = along ? (result.left + result.right) / 2 - position.left : (result.top + result.bottom) / 2 - position.top;
  // The pointer stays on the callout's side, clear of its rounded corners.
  return clamp(centre, 12, (along ? size.width : size.height) - 12);
}

/**
 * The callout's position in the viewport. `record`: the text boxes of the result's record (the
 * result's own included or not). When no place in view is free of them, the callout goes below
 * the record, kept inside the viewport: it may cover the record there, never the result's line.
 */
export function calloutPosition(result: Box, size: Size, record: readonly Box[], view: Size): CalloutPosition {
  const avoid = [result, ...record];
  const all = candidates(result, size, record, view);
  const free = all.find((c) => {
    const box = boxAt(c.left, c.top, size);
    return fits(box, view) && !avoid.some((b) => overlaps(box, b));
  });
  const chosen = free ?? fallback(all, result, size, view);
  return { ...chosen, pointerAt: pointerAt(chosen, result, size) };
}

/** Below the result (or above it, at the bottom of the view), inside the viewport. */
function fallback(all: Candidate[], result: Box, size: Size, view: Size): Candidate {
  const below = all[4] as Candidate;
  const above = all[5] as Candidate;
  const left = clamp(below.left, MARGIN, view.width - size.width - MARGIN);
  if (below.top + size.height <= view.height - MARGIN) return { ...below, left };
  if (above.top >= MARGIN) return { ...above, left };
  const underResult = result.bottom + GAP;
  return underResult + size.height <= view.height - MARGIN
    ? { left, top: underResult, pointer: 'top' }
    : { left, top: clamp(result.top - GAP - size.height, MARGIN, view.height - size.height - MARGIN), pointer: 'bottom' };
}
