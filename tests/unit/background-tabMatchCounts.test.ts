import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabMatchCounts } from '../../lib/background/tabMatchCounts';

describe('tabMatchCounts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds up the frames of a tab; a frame that reports again replaces its count', async () => {
    const counts = tabMatchCounts();
    expect(await counts.setFrame(7, 0, 2)).toBe(2);
    expect(await counts.setFrame(7, 3, 1)).toBe(3);
    expect(await counts.setFrame(7, 0, 4)).toBe(5);
    expect(await counts.setFrame(8, 0, 1)).toBe(1);
    expect(await counts.total(7)).toBe(5);
    expect([...(await counts.totals())]).toEqual([
      [7, 5],
      [8, 1],
    ]);
  });

  it('loses no report when frames report at the same moment', async () => {
    const counts = tabMatchCounts();
    await Promise.all(Array.from({ length: 20 }, (_, frame) => counts.setFrame(1, frame, 1)));
    expect(await counts.total(1)).toBe(20);
  });

  it('forgets a tab, and only that tab', async () => {
    const counts = tabMatchCounts();
    await counts.setFrame(1, 0, 2);
    await counts.setFrame(2, 0, 3);
    await counts.forgetTab(1);
    expect(await counts.total(1)).toBe(0);
    expect(await counts.total(2)).toBe(3);
  });

  it('survives the background restarting: a new instance reads what the old one stored', async () => {
    await tabMatchCounts().setFrame(5, 0, 2);
    await tabMatchCounts().setFrame(5, 1, 1);
    const afterRestart = tabMatchCounts();
    expect(await afterRestart.setFrame(5, 0, 3)).toBe(4);
  });
});
