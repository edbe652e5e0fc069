import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RestoreBudget } from '../../lib/content/restoreBudget';

const SWEPT = { stoodMs: 150, resultStayed: false };
const TARGETED = { stoodMs: 5_000, resultStayed: true };
const AT_ONCE = { stoodMs: 0, resultStayed: false };

describe('RestoreBudget', () => {
  it('puts back at once a panel swept away with its result by a re-render, however often', () => {
    const budget = new RestoreBudget();
    for (let t = 0; t < 20_000; t += 150) expect(budget.delay(SWEPT, t)).toBe(0);
  });

  it.each([
    ['taken out while its result stayed', TARGETED],
    ['taken out as soon as it appeared', AT_ONCE],
  ])('puts back a panel %s 3 times, then waits until a minute after the first', (_, removal) => {
    const budget = new RestoreBudget();
    expect([0, 1, 2].map((t) => budget.delay(removal, t))).toEqual([0, 0, 0]);
    expect(budget.delay(removal, 3), 'the 4th waits for the 1st to be a minute old').toBe(60_000 - 3);
    // Removed again as soon as the 4th is back: the 5th waits for the 2nd to be a minute old.
    expect(budget.delay(removal, 60_000)).toBe(60_001 - 60_000);
  });

  it('never books more than 3 fought restores in any minute, whatever the page does', () => {
    const removal = fc.record({ stoodMs: fc.integer({ min: 0, max: 5_000 }), resultStayed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), removal), { maxLength: 60 }), (removals) => {
        const budget = new RestoreBudget();
        const fought: number[] = [];
        let now = 0;
        for (const [gap, r] of removals) {
          now += gap;
          const at = now + budget.delay(r, now);
          if (r.resultStayed || r.stoodMs < 100) fought.push(at);
          now = at;
        }
        for (const at of fought) expect(fought.filter((b) => b >= at && b < at + 60_000).length).toBeLessThanOrEqual(3);
      }),
    );
  });
});
