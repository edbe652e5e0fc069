import { describe, expect, it } from 'vitest';
import { QuietCells } from '../../lib/detection/quietCells';

const TRIGGER = /[無情]/u;

/** Parents and their cells as QuietCells sees them, counting the texts read. */
function rows(texts: string[][]) {
  const reads = { parents: 0, cells: 0 };
  const cells = texts.map((row) => {
    const parent = {
      get textContent(): string {
        reads.parents++;
        return row.join('');
      },
    };
    return row.map((_, i) => ({
      parentNode: parent,
      get textContent(): string {
        reads.cells++;
        return row[i] as string;
      },
    }));
  });
  return { cells: cells as unknown as Element[][], reads };
}

const quietRow = (n: number) => Array.from({ length: 10 }, (_, i) => `資格（有効）${n}-${i}`);

describe('QuietCells', () => {
  it('settles a quiet row rewritten cell by cell with one read of the row', () => {
    const { cells, reads } = rows([quietRow(1)]);
    const quiet = new QuietCells();
    expect(cells[0]?.map((cell) => quiet.holdsNoTrigger(cell, TRIGGER))).toEqual(Array(10).fill(true));
    // The first cell alone, then the row once a second record touches it.
    expect(reads).toEqual({ parents: 1, cells: 1 });
  });

  it('reads the cells of a row holding a trigger one by one, and tells each apart', () => {
    const { cells, reads } = rows([['資格（有効）', '資格（無効）', '確認中', '資格情報なし']]);
    const quiet = new QuietCells();
    expect(cells[0]?.map((cell) => quiet.holdsNoTrigger(cell, TRIGGER))).toEqual([true, false, true, false]);
    expect(reads).toEqual({ parents: 1, cells: 4 });
  });

  it('reads no row for a column rewritten down the rows, nor for records that alternate between rows', () => {
    const { cells, reads } = rows([quietRow(1), quietRow(2), quietRow(3)]);
    const quiet = new QuietCells();
    for (const row of cells) expect(quiet.holdsNoTrigger(row[4] as Element, TRIGGER)).toBe(true);
    for (const i of [0, 1, 0, 1]) expect(quiet.holdsNoTrigger(cells[i]?.[5] as Element, TRIGGER)).toBe(true);
    expect(reads).toEqual({ parents: 0, cells: 7 });
  });

  it('forgets what it read: in the next slice the row is read again, as the page left it', () => {
    const texts = [['資格（有効）', '確認中']];
    const { cells, reads } = rows(texts);
    const quiet = new QuietCells();
    quiet.holdsNoTrigger(cells[0]?.[0] as Element, TRIGGER);
    quiet.holdsNoTrigger(cells[0]?.[1] as Element, TRIGGER);
    quiet.forget();
    (texts[0] as string[])[1] = '資格情報なし';
    quiet.holdsNoTrigger(cells[0]?.[0] as Element, TRIGGER);
    expect(quiet.holdsNoTrigger(cells[0]?.[1] as Element, TRIGGER)).toBe(false);
    expect(reads.parents).toBe(2);
  });
});
