import { commonElement, controlText, dialogOf, elementOf, isRendered, type TextControl, type Unit } from './dom';
import { furnitureOf } from './furniture';
import { hasParts, hiddenParts, type LineReading, readControl, readLine, type SkipTest } from './lineReading';
import type { Pattern, StatusToken } from './patterns';
import { findResults, mentionsAny } from './results';
import type { Wording } from './wordings';

export interface Match {
  /** The smallest element holding the result's text (or the form control showing it). */
  element: Element;
  /** Where the result's line is read: its block, its form control, or the shadow root it sits in. */
  unit: Unit;
  status: StatusToken;
  /** What the matched words mean (e.g. 該当資格なし: the name the panel gives it, its desk steps). */
  wording: Wording;
  /** The <dialog> showing it, if any: an open modal one takes the panel. */
  dialog: Element | null;
}

/** A unit whose text mentions a pattern, as last read. */
interface Reading {
  matches: Match[];
  /** Inline parts that were not rendered when read (their text was left out). */
  hidden: Element[];
  /** Whether the line has inline parts at all, that styles could show or hide. */
  parts: boolean;
  /** The matches found rendered when visibility was last judged. */
  shown: Match[];
}

/**
 * The units the detector follows, with what each last read: units that held a trigger character
 * (any change inside them is read again), units that mention a pattern (with their results), and
 * text controls (with the value last read). Layout is read only for units that mention a pattern.
 */
export class Mentions {
  private patterns: readonly Pattern[] = [];
  private statuses: readonly string[] = [];
  private trigger = /$^/;
  private watched = new WeakSet<Unit>();
  /**
   * How many units were added to `watched` and not taken out. A unit dropped by the page without
   * being forgotten stays counted, which only costs the detector's fast path.
   */
  private watchedCount = 0;
  private readonly readings = new Map<Unit, Reading>();
  /** Text controls with the value last read. */
  readonly controls = new Map<TextControl, string>();
  /** Mentions read since the last judgement: their visibility is still to be judged. */
  private readonly fresh = new Set<Unit>();

  constructor(
    private readonly isSkipped: SkipTest,
    /** The results may have changed; `layout`: so may what is shown. */
    private readonly changed: (layout: boolean) => void,
  ) {}

  setPatterns(patterns: readonly Pattern[], trigger: RegExp): void {
    this.patterns = patterns;
    this.statuses = patterns.map((p) => p.text);
    this.trigger = trigger;
  }

  clear(): void {
    this.watched = new WeakSet();
    this.watchedCount = 0;
    this.readings.clear();
    this.controls.clear();
    this.fresh.clear();
  }

  isFollowingAnyUnit(): boolean {
    return this.watchedCount > 0 || this.readings.size > 0;
  }

  /** Whether a change inside `unit` must be read again. */
  follows(unit: Unit): boolean {
    return this.watched.has(unit) || this.readings.has(unit);
  }

  isControl(el: Element | ShadowRoot): el is TextControl {
    return this.controls.has(el as TextControl);
  }

  trackControl(control: TextControl): void {
    if (!this.controls.has(control)) this.controls.set(control, '');
  }

  forgetControl(control: TextControl): void {
    this.controls.delete(control);
    this.readings.delete(control);
  }

  /** Whether any unit mentions a pattern (only those can be changed by layout). */
  hasReadings(): boolean {
    return this.readings.size > 0;
  }

  /** Reads one unit's rendered text and records the results it holds. */
  read(unit: Unit): void {
    if (!unit.isConnected) {
      this.forget(unit);
      return;
    }
    const control = this.isControl(unit) ? unit : null;
    let reading = control ? this.readControlValue(control) : readLine(unit, [], this.isSkipped);
    if (!this.trigger.test(reading.seg.text)) {
      this.forget(unit);
      return;
    }
    if (!this.watched.has(unit)) {
      this.watched.add(unit);
      this.watchedCount += 1;
    }
    if (!mentionsAny(reading.seg.text, this.patterns)) {
      if (this.readings.delete(unit)) this.changed(false);
      return;
    }
    // Layout is read only here, for the few units that mention a pattern.
    const hidden = control ? [] : hiddenParts(unit, this.isSkipped);
    if (hidden.length > 0) reading = readLine(unit, hidden, this.isSkipped);
    this.readings.set(unit, {
      matches: this.matchesIn(unit, reading),
      hidden,
      parts: control === null && hasParts(unit, this.isSkipped),
      shown: [],
    });
    this.fresh.add(unit);
    this.changed(false);
  }

  forget(unit: Unit): void {
    if (this.watched.delete(unit)) this.watchedCount -= 1;
    if (this.readings.delete(unit)) this.changed(false);
    if (!unit.isConnected) this.controls.delete(unit as TextControl);
  }

  /**
   * Judges the visibility of fresh mentions, and of all that could change when layout may have
   * changed (`everything`: re-reading a unit whose hidden parts changed). Returns the rendered
   * results.
   */
  judge(everything: boolean): Match[] {
    const matches: Match[] = [];
    for (const [unit, reading] of this.readings) {
      if (!unit.isConnected) {
        this.forget(unit);
        continue;
      }
      const fresh = this.fresh.has(unit);
      if (everything && !fresh && reading.parts && !sameElements(hiddenParts(unit, this.isSkipped), reading.hidden)) {
        this.read(unit);
      }
      const current = this.readings.get(unit);
      if (!current) continue;
      if (this.fresh.has(unit) || (everything && current.matches.length > 0)) {
        current.shown = current.matches.filter((m) => isRendered(m.element));
      }
      matches.push(...current.shown);
    }
    this.fresh.clear();
    return matches;
  }

  private readControlValue(control: TextControl): LineReading {
    const value = controlText(control);
    this.controls.set(control, value);
    return readControl(control, value);
  }

  private matchesIn(unit: Unit, { seg, sources }: LineReading): Match[] {
    const dialog = dialogOf(elementOf(unit));
    const matches: Match[] = [];
    for (const span of findResults(seg, this.patterns)) {
      const element = commonElement(
        seg.sources.slice(span.start, span.end).map((i) => sources[i] as Node),
        unit,
      );
      // Only occurrences that read as results get here: furniture costs a page without one nothing.
      if (furnitureOf(element, seg, span, this.statuses)) continue;
      matches.push({ element, unit, status: span.pattern.status, wording: span.pattern.wording, dialog });
    }
    return matches;
  }
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

/** Whether two reports name the same results (element and wording), in the same order. */
export function sameMatches(a: readonly Match[], b: readonly Match[]): boolean {
  return a.length === b.length && a.every((m, i) => m.element === b[i]?.element && m.wording === b[i]?.wording);
}
