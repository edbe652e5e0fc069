/**
 * How soon the panel goes back after the page took it out. Swept away with its result by an
 * ordinary re-render, it goes back at once. Taken out while its result stayed, or at once after it
 * appeared, it is being fought (a script removing what it did not add, or re-rendering whenever
 * something is added): putting it back each time would never end, and re-inserting from a
 * mutation callback without a bound freezes the page (docs/browser-notes.md#panel-removal-loop). Those go back at most
 * `limit` times in any `windowMs`.
 */

export interface Removal {
  /** How long the panel stood in the page before it was taken out. */
  stoodMs: number;
  /** Whether the result it was placed for is still in the page. */
  resultStayed: boolean;
}

export class RestoreBudget {
  /** When the restores after fought removals happen (or are due), oldest first. */
  private readonly fought: number[] = [];

  constructor(
    private readonly limit = 3,
    private readonly windowMs = 60_000,
    /** Sooner than a person or a timer-driven re-render: a page reacting to the panel itself. */
    private readonly quickMs = 100,
  ) {}

  /** Milliseconds until the panel may go back (0: now); books that restore. */
  delay(removal: Removal, now: number): number {
    if (!removal.resultStayed && removal.stoodMs >= this.quickMs) return 0;
    while (this.fought.length > 0 && now - (this.fought[0] as number) >= this.windowMs) this.fought.shift();
    const at = this.fought.length < this.limit ? now : (this.fought[this.fought.length - this.limit] as number) + this.windowMs;
    this.fought.push(at);
    return at - now;
  }
}
