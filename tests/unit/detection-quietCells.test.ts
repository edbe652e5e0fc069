import { describe, expect, it } from 'vitest';
import { QuietCells } from '../../lib/detection/quietCells';

const TRIGGER = /[無情]/u;

/** A parent and its cells as QuietCells sees them, counting the texts read. */
function parentWith(texts: string[], extraChildren = 0) {
  const reads = { parent: 0, cells: 0 };
  const parent = {
    childElementCount: texts.length + extraChildren,
    get textContent(): string {
      reads.parent++;
      return cells.map((c) => c.text).join('');
    },
  };
  const cells = texts.map((text) => ({
    text,
    parentNode: parent,
    get textContent(): string {
      reads.cells++;
      return this.text;
    },
  }));
  return { parent, cells: cells as unknown as (Element & { text: string })[], reads };
}

describe('QuietCells', () => {
  it('reads a quiet row once, at its first cell', () => {
    const { cells, reads } = parentWith(Array.from({ length: 10 }, (_, i) => `資格（有効）${i}`));
    const quiet = new QuietCells();
    expect(cells.map((cell) => quiet.holdsNoTrigger(cell, TRIGGER))).toEqual(Array(10).fill(true));
    expect(reads).toEqual({ parent: 1, cells: 0 });
  });

  it('reads the cells of a loud row one by one, and tells each apart', () => {
    const { cells, reads } = parentWith(['資格（有効）', '資格（無効）', '確認中']);
    const quiet = new QuietCells();
    expect(cells.map((cell) => quiet.holdsNoTrigger(cell, TRIGGER))).toEqual([true, false, true]);
    expect(reads).toEqual({ parent: 1, cells: 3 });
  });

  it('reads a container (many children) only once two records in a row touch it', () => {
    const { cells, reads } = parentWith(['資格（有効）', '確認中'], 40);
    const quiet = new QuietCells();
    expect(quiet.holdsNoTrigger(cells[0] as Element, TRIGGER)).toBe(true);
    expect(reads).toEqual({ parent: 0, cells: 1 });
    expect(quiet.holdsNoTrigger(cells[1] as Element, TRIGGER)).toBe(true);
    expect(reads).toEqual({ parent: 1, cells: 1 });
  });

  it('forgets what it read: the next slice reads the row again', () => {
    const { cells, reads } = parentWith(['資格（有効）', '確認中']);
    const quiet = new QuietCells();
    quiet.holdsNoTrigger(cells[0] as Element, TRIGGER);
    quiet.forget();
    (cells[1] as { text: string }).text = '資格情報なし';
    expect(quiet.holdsNoTrigger(cells[1] as Element, TRIGGER)).toBe(false);
    expect(reads.parent).toBe(2);
  });
});
