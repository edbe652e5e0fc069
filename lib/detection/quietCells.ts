/**
 * Whether text set in an element without child elements (a cell, a label) holds no trigger
 * character, read a row at a time. Each string read brings one more object into our world, which
 * costs more than testing it; a page rewriting its cells does so a row at a time, so when two
 * records in a row touch cells of the same parent, the parent's text is read once and, holding no
 * trigger character, settles every cell of it. Holding one, its cells are read one by one.
 *
 * What was read holds for one slice of the detector's work (no page script runs inside it): the
 * detector forgets it before each.
 */

// A parent whose text is longer holds more than a row of cells: it is not read for its cells again.
const LONGEST_ROW = 2_000;

export class QuietCells {
  private quiet: Node | null = null;
  private loud: Node | null = null;
  private previous: Node | null = null;
  private readonly tooLong = new WeakSet<Node>();

  forget(): void {
    this.quiet = null;
    this.loud = null;
    this.previous = null;
  }

  holdsNoTrigger(cell: Element, trigger: RegExp): boolean {
    const parent = cell.parentNode;
    if (parent !== null) {
      if (parent === this.quiet) return true;
      if (parent === this.previous && parent !== this.loud && !this.tooLong.has(parent)) {
        // A document has no text (null): its one element is read as a cell.
        const text = parent.textContent;
        if (text === null || text.length > LONGEST_ROW) this.tooLong.add(parent);
        else if (!trigger.test(text)) {
          this.quiet = parent;
          return true;
        }
        this.loud = parent;
      }
      this.previous = parent;
    }
    return !trigger.test(cell.textContent ?? '');
  }
}
