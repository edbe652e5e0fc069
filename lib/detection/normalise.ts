/**
 * Text normalisation of the page contract (docs/page-contract.md#normalisation): NFKC, then no white space
 * (incl. U+3000, NBSP) and no zero-width characters.
 */

// \s covers U+3000 and NBSP; the zero-width characters are not white space to JavaScript.
const IGNORED = /[\s\u200b-\u200d\u2060\ufeff]/gu;
const IGNORED_RUN = /[\s\u200b-\u200d\u2060\ufeff]+/gu;
// JavaScript counts U+FEFF as white space; the contract counts it as zero-width (nothing).
const HAS_SPACE = /(?!\ufeff)\s/u;

export function normalise(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '');
}

/** How strongly two pieces of text were separated on the page. */
export const Separation = {
  /** White space or an element boundary: a result may follow a label here, not sit inside a word. */
  Space: 1,
  /** A line break (<br>): whatever comes before or after is on another line. */
  Line: 2,
  /** A block or a form control inside the unit: its text is not part of the line around it. */
  Block: 3,
} as const;
export type Separation = (typeof Separation)[keyof typeof Separation];

/**
 * Normalised text that remembers where its pieces were separated, and which piece each character
 * came from (to find the element holding a result).
 */
export class SegmentedText {
  text = '';
  /** Offsets in `text` with a separation right before them (the strongest one seen). */
  readonly separations = new Map<number, Separation>();
  /** For each character of `text`, the index of the piece it came from. */
  readonly sources: number[] = [];

  append(raw: string, source: number): void {
    // NFKC per piece: a piece boundary is an element boundary, which NFKC must not join across.
    const piece = raw.normalize('NFKC');
    // Taken a run at a time, not a character at a time: this runs for every line of a huge page,
    // and each character's string would be one more thing for the garbage collector.
    let from = 0;
    for (const ignored of piece.matchAll(IGNORED_RUN)) {
      this.take(piece.slice(from, ignored.index), source);
      if (HAS_SPACE.test(ignored[0])) this.separate(Separation.Space);
      from = ignored.index + ignored[0].length;
    }
    this.take(piece.slice(from), source);
  }

  private take(run: string, source: number): void {
    this.text += run;
    for (let i = 0; i < run.length; i++) this.sources.push(source);
  }

  separate(kind: Separation): void {
    const at = this.text.length;
    if ((this.separations.get(at) ?? 0) < kind) this.separations.set(at, kind);
  }

  separationAt(offset: number): Separation | 0 {
    return this.separations.get(offset) ?? 0;
  }
}
