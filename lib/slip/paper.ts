import type { Settings } from '../settings/definition';

/** The patient slip's paper sizes and the @page rule that prints each as exactly one page. */

export type PaperSize = Settings['slipPaperSize'];

/** Width × height in mm; a receipt roll has no fixed length (null). */
export const PAPER: Record<PaperSize, { width: number; height: number | null }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  A6: { width: 105, height: 148 },
  receipt80: { width: 80, height: null },
  receipt58: { width: 58, height: null },
};

/** CSS px per mm (CSS fixes 96 px to the inch, on screen and in print). */
export const PX_PER_MM = 96 / 25.4;

/**
 * The @page rule for `size`. Margins are 0: the sheet's own padding is the margin, so the screen
 * preview and the print share one layout, and the browser prints no header or footer (address,
 * date). A roll is cut to the content's measured length, rounded up to a whole millimetre, so it
 * comes out as one page; `size: 80mm auto` is not valid CSS.
 */
export function pageRule(size: PaperSize, contentHeightMm: number): string {
  const { width, height } = PAPER[size];
  const length = height ?? Math.max(1, Math.ceil(contentHeightMm));
  return `@page { size: ${width}mm ${length}mm; margin: 0; }`;
}
