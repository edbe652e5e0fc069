import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_PANEL_SLOT, type SlotText } from '../../lib/content/firstPanelSlot';
import { slotText } from '../../scripts/lib/firstPanelSlots';

/** The first panel's pre-rendered HTML, produced as modules/first-panel.ts produces it. */
const HTML = execFileSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/lib/firstPanel.tsx')], { encoding: 'utf8' });

const { open, separator, close } = FIRST_PANEL_SLOT;

/** A text with its slots written back as the control characters. */
function slotSource(text: SlotText): string {
  return text
    .map((part) => (typeof part === 'string' ? part : open + part.k + (part.s ?? []).map((s) => separator + slotSource(s)).join('') + close))
    .join('');
}

const MARKUP = slotText(HTML);
const literal = MARKUP.filter((part) => typeof part === 'string').join('');
const slots = MARKUP.filter((part) => typeof part !== 'string');

describe('the first panel split at its slots', () => {
  it('writes back to exactly the same HTML (round trip)', () => {
    expect(slotSource(MARKUP)).toBe(HTML);
  });

  it('is the panel: a section, the reminder as role alert, both tel: links with their numbers as literal text', () => {
    expect(literal.startsWith('<section class="panel"')).toBe(true);
    expect(literal).toContain('<p class="reminder" role="alert">');
    expect(literal).toContain('<a class="number" href="tel:0120950178" aria-describedby="sa-freeDial-call">0120-95-0178</a>');
    expect(literal).toContain('<a class="number" href="tel:08000804583" aria-describedby="sa-institutions-call">0800-080-4583</a>');
    for (const mark of [open, separator, close]) expect(literal).not.toContain(mark);
  });

  it('every text is a slot: the reminder, the title, the dismiss label', () => {
    const keys = slots.map((slot) => (slot as { k: string }).k);
    expect(keys).toEqual(expect.arrayContaining(['reminderClinic', 'panelShown', 'dismiss', 'statusLoading', 'callCentresHeading']));
    expect(keys.filter((key) => key === 'dismiss')).toHaveLength(2);
  });

  it('a slot nested in a slot’s substitution reads as a slot of its own', () => {
    expect(slots).toContainEqual({ k: 'callNumber', s: [[{ k: 'freeDialName' }], ['0120-95-0178']] });
    expect(slots).toContainEqual({ k: 'callNumber', s: [[{ k: 'institutionsName' }], ['0800-080-4583']] });
  });

  it('leaves to the panel\'s UI why, and whom each line is for (the content script carries only what must be there at once)', () => {
    const keys = JSON.stringify(slots);
    for (const key of ['reminderWhy', 'freeDialWhen', 'institutionsWhen', 'printSlip']) expect(keys).not.toContain(`"${key}"`);
  });
});

describe('slotText', () => {
  it('splits a text into literal parts and slots', () => {
    expect(slotText(`a${open}k${close}b`)).toEqual(['a', { k: 'k' }, 'b']);
    expect(slotText('plain')).toEqual(['plain']);
    expect(slotText('')).toEqual([]);
  });

  it('reads substitutions, empty ones and nested slots', () => {
    expect(slotText(`${open}k${separator}${close}`)).toEqual([{ k: 'k', s: [[]] }]);
    expect(slotText(`${open}k${separator}x${separator}${open}n${separator}y${close}z${close}`)).toEqual([
      { k: 'k', s: [['x'], [{ k: 'n', s: [['y']] }, 'z']] },
    ]);
  });

  it('throws on a slot not closed, a stray mark, a slot inside a key', () => {
    expect(() => slotText(`${open}k`)).toThrow(/slot "k" is not closed/);
    expect(() => slotText(`${open}k${separator}x`)).toThrow(/not closed/);
    expect(() => slotText(`a${close}b`)).toThrow(/outside a slot/);
    expect(() => slotText(`a${separator}b`)).toThrow(/outside a slot/);
    expect(() => slotText(`${open}k${open}n${close}${close}`)).toThrow(/inside a slot's key/);
  });
});
