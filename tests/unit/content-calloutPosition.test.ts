import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, calloutPosition, MARGIN, type Size } from '../../lib/content/calloutPosition';

/*
 * Our UI never hides what it points at: the callout takes free space beside the result, else the
 * nearest place that covers no text of the result's record, with its pointer facing the result.
 */

const VIEW: Size = { width: 1280, height: 800 };
const CALLOUT: Size = { width: 360, height: 40 };

function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, right: left + width, bottom: top + height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function placed(result: Box, record: Box[], size = CALLOUT, view = VIEW): Box & { pointer: string; pointerAt: number } {
  const p = calloutPosition(result, size, record, view);
  return { ...box(p.left, p.top, size.width, size.height), pointer: p.pointer, pointerAt: p.pointerAt };
}

describe('calloutPosition', () => {
  it('stands right of a result with free space after it, pointing left at it', () => {
    const result = box(100, 300, 90, 20);
    const c = placed(result, [box(20, 300, 60, 20), result]);
    expect(c.pointer).toBe('left');
    expect(c.left).toBeGreaterThan(result.right);
    expect(c.top + c.pointerAt).toBeCloseTo(310);
  });

  it('in a table row of cells on both sides, goes below the row: covers no cell of that patient', () => {
    // 7 | 08:51 | 100149 | 例示 一郎 | 国保 3割 | [資格（無効）] | 小児科, across the whole width.
    const cells = [20, 120, 220, 380, 560, 760, 980].map((left) => box(left, 300, 90, 20));
    const result = cells[5] as Box;
    const c = placed(result, cells);
    expect(cells.filter((cell) => overlaps(c, cell))).toEqual([]);
    expect(c.pointer).toBe('top');
    expect(c.top).toBeGreaterThanOrEqual(320);
    expect(c.left + c.pointerAt).toBeCloseTo(805);
  });

  it('goes above the row when the row is at the bottom of the view', () => {
    const cells = [20, 400, 700, 1000].map((left) => box(left, 760, 200, 20));
    const c = placed(cells[2] as Box, cells);
    expect(c.pointer).toBe('bottom');
    expect(c.bottom).toBeLessThanOrEqual(760);
  });

  it('beside the record when the result has neighbours but the row ends early', () => {
    const cells = [box(20, 300, 100, 20), box(130, 300, 100, 20), box(240, 300, 100, 20)];
    const c = placed(cells[1] as Box, cells);
    expect(c.pointer).toBe('left');
    expect(c.left).toBeGreaterThan(340);
  });

  it('stays in the viewport, whatever the boxes', () => {
    const boxArb = fc
      .record({ left: fc.integer({ min: 0, max: 1200 }), top: fc.integer({ min: 0, max: 780 }), w: fc.integer({ min: 10, max: 300 }), h: fc.integer({ min: 10, max: 40 }) })
      .map(({ left, top, w, h }) => box(left, top, w, h));
    fc.assert(
      fc.property(boxArb, fc.array(boxArb, { maxLength: 12 }), (result, record) => {
        const c = placed(result, record);
        return c.left >= MARGIN && c.top >= MARGIN && c.right <= VIEW.width - MARGIN && c.bottom <= VIEW.height - MARGIN;
      }),
    );
  });

  it('never covers the result while the view has room above or below its line', () => {
    const resultArb = fc
      .record({ left: fc.integer({ min: 0, max: 1100 }), top: fc.integer({ min: 60, max: 700 }), w: fc.integer({ min: 40, max: 160 }) })
      .map(({ left, top, w }) => box(left, top, w, 20));
    fc.assert(fc.property(resultArb, (result) => !overlaps(placed(result, [box(0, result.top, VIEW.width, 20)]), result)));
  });
});
