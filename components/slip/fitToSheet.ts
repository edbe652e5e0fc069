/**
 * Shrinks the type of a sheet of fixed height until the text fits on it; a roll simply gets
 * longer. Also says why it had to: the facility name and note (settings the user can shorten), or
 * the slip's own text at this paper size (the English text is longer than the Japanese).
 */

// Type smaller than this is no longer readable on A6; a longer note then runs onto a second page.
const MIN_FIT = 0.6;

export interface SheetFit {
  /** The type scale used (1 = full size). */
  scale: number;
  /** Why it is below 1: `settings` when the sheet would fit at full size without them. */
  cause: 'settings' | 'text' | null;
}

const overflows = (sheet: HTMLElement) => sheet.scrollHeight > sheet.clientHeight;

function shrink(sheet: HTMLElement, fixedHeight: boolean): number {
  let scale = 1;
  sheet.style.setProperty('--fit', '1');
  while (fixedHeight && scale > MIN_FIT && overflows(sheet)) {
    scale = Math.round((scale - 0.025) * 1000) / 1000;
    sheet.style.setProperty('--fit', String(scale));
  }
  return scale;
}

/** Whether the sheet fits at full size with the facility name and note left out. */
function fitsWithoutSettings(sheet: HTMLElement): boolean {
  const own = [...sheet.querySelectorAll<HTMLElement>('.slip-note, .clinic')];
  if (own.length === 0) return false;
  const scale = sheet.style.getPropertyValue('--fit');
  for (const el of own) el.style.display = 'none';
  sheet.style.setProperty('--fit', '1');
  const fits = !overflows(sheet);
  for (const el of own) el.style.removeProperty('display');
  sheet.style.setProperty('--fit', scale);
  return fits;
}

export function fitToSheet(sheet: HTMLElement, fixedHeight: boolean): SheetFit {
  const scale = shrink(sheet, fixedHeight);
  if (scale >= 1) return { scale, cause: null };
  return { scale, cause: fitsWithoutSettings(sheet) ? 'settings' : 'text' };
}
