/**
 * Where the callout stands beside its result: pure arithmetic on boxes (viewport coordinates), so
 * the rule can be read and changed in one place.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 4;

/**
 * `viewport`: the part of the window a person sees, without its scrollbars. On the result's line
 * when it fits (right, else left: the same row of a list), else below or above it, where it covers
 * a neighbouring line rather than the result.
 */
export function calloutPosition(result: Box, { width, height }: Size, viewport: Size): { left: number; top: number } {
  let left = result.right + GAP;
  let top = result.top + (result.height - height) / 2;
  if (left + width > viewport.width - MARGIN && result.left - GAP - width >= MARGIN) {
    left = result.left - GAP - width;
  } else if (left + width > viewport.width - MARGIN) {
    left = Math.min(Math.max(result.left, MARGIN), viewport.width - width - MARGIN);
    top = result.bottom + GAP / 2;
    if (top + height > viewport.height - MARGIN) top = result.top - height - GAP / 2;
  }
  return { left: Math.max(MARGIN, left), top: Math.max(MARGIN, top) };
}
