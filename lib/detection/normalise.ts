/**
 * Text normalisation of the page contract (../shared/contract.md): NFKC, then no white space
 * (incl. U+3000, NBSP) and no zero-width characters.
 */

// \s covers U+3000 and NBSP; the zero-width characters are not white space to JavaScript.
const IGNORED = /[\s\u200b-\u200d\u2060\ufeff]/gu;
const IGNORED_ONE = /^[\s\u200b-\u200d\u2060\ufeff]$/u;

export function normalise(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '');
}

/**
 * Normalised text that remembers where white space (or an element boundary, added by the caller)
 * separated two pieces: a result may follow a label after a space, but not inside a word.
 */
export class SegmentedText {
  text = '';
  /** Offsets in `text` that had a separator right before them. */
  readonly breaks = new Set<number>();
  /** For each character of `text`, the index of the piece it came from. */
  readonly sources: number[] = [];

  append(raw: string, source: number): void {
    for (const char of raw.normalize('NFKC')) {
      if (IGNORED_ONE.test(char)) {
        if (/\s/u.test(char)) this.markBreak();
        continue;
      }
      for (let i = 0; i < char.length; i++) this.sources.push(source);
      this.text += char;
    }
  }

  markBreak(): void {
    this.breaks.add(this.text.length);
  }
}
