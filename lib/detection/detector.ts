import {
  commonElement,
  controlText,
  dialogOf,
  ElementKind,
  elementOf,
  isInline,
  isRendered,
  isTextControl,
  isUnrendered,
  kindOf,
  shadowRootOf,
  type TextControl,
  type Unit,
  unitOf,
} from './dom';
import { SegmentedText, Separation } from './normalise';
import type { Pattern, StatusToken } from './patterns';
import { findResults, mentionsAny } from './results';
import { SHADOW_ROOT_ATTACHED } from './shadowRootHook';
import { triggerTest } from './trigger';
import { isContainerRun, Walk, type WalkVisitor } from './walk';

/**
 * Follows a document and reports the rendered results in it (contract: "What counts as a match").
 *
 * Incremental by design: a MutationObserver queues the subtrees and units that changed; a unit's
 * text is read again only when something inside it changed and it held a pattern's trigger
 * character; layout is read only for units whose text mentions a pattern. Work runs in short
 * slices so a huge page never sees a long task.
 */

export interface Match {
  /** The smallest element holding the result's text (or the form control showing it). */
  element: Element;
  /** Where the result's line is read: its block, its form control, or the shadow root it sits in. */
  unit: Unit;
  status: StatusToken;
  /** The matched pattern's normalised text: which wording it was, for a `custom` status too. */
  pattern: string;
  /** The <dialog> showing it, if any: an open modal one takes the panel. */
  dialog: Element | null;
}

export interface DetectorOptions {
  patterns: readonly Pattern[];
  signal: AbortSignal;
  /** Nodes of our own UI: never read, never observed. */
  isOwnNode(node: Node): boolean;
  /** Called with the rendered results whenever they change. */
  onChange(matches: readonly Match[]): void;
  /** Closed shadow roots are reachable only through browser-specific APIs. */
  closedShadowRoot?(host: Element): ShadowRoot | null;
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

const SLICE_MS = 8;
// Script can set a control's value, and CSSOM edits can show or hide text, without any event or
// mutation; polled only while there are controls or results (shown or not) or mentions with inline
// parts, and well inside the contract's 500 ms.
const POLL_MS = 250;
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // What can show or hide a result, or change a control's shown value.
  attributeFilter: ['class', 'style', 'hidden', 'open', 'slot', 'media', 'disabled', 'value', 'selected', 'type'],
};

export class Detector {
  private patterns: readonly Pattern[];
  private trigger: RegExp;
  private readonly options: DetectorOptions;
  private readonly observer: MutationObserver;
  private readonly observedRoots = new WeakSet<Node>();
  /** Units that held a trigger character when last read: any change inside them is read again. */
  private watched = new WeakSet<Unit>();
  /**
   * How many units were added to `watched` and not taken out. A unit dropped by the page without
   * being forgotten stays counted, which only costs the fast path below.
   */
  private watchedCount = 0;
  private readonly mentions = new Map<Unit, Reading>();
  /** Text controls with the value last read. */
  private readonly controls = new Map<TextControl, string>();
  private readonly walks: Walk[] = [];
  private readonly visitor: WalkVisitor = {
    hasTrigger: (text) => this.trigger.test(text),
    visitText: (text) => this.visitText(text),
    enter: (el) => this.enter(el),
    queue: (walk) => this.walks.push(walk),
  };
  /** Batches of mutation records still to be looked at, and where in the first one to go on. */
  private readonly batches: MutationRecord[][] = [];
  private batchIndex = 0;
  private readonly dirtyUnits = new Set<Unit>();
  /** Mentions read since the last report: their visibility is still to be judged. */
  private readonly fresh = new Set<Unit>();
  /** The results may have changed. */
  private needsReport = false;
  /** Something may have shown or hidden text anywhere: judge every mention's visibility again. */
  private layoutMayHaveChanged = false;
  private reported: readonly Match[] = [];
  private sliceTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly doc: Document,
    options: DetectorOptions,
  ) {
    this.options = options;
    this.patterns = options.patterns;
    this.trigger = triggerTest(this.patterns);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    const onInput = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && this.controls.has(target as TextControl)) this.dirtyUnits.add(target);
      this.flush();
    };
    doc.addEventListener('input', onInput, { capture: true, signal: options.signal });
    doc.addEventListener('change', onInput, { capture: true, signal: options.signal });
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
    this.rescan();
  }

  /** New patterns (from settings): every unit must be judged again. */
  setPatterns(patterns: readonly Pattern[]): void {
    this.patterns = patterns;
    this.trigger = triggerTest(patterns);
    this.rescan();
  }

  /** Reads the whole document again (the popup's "scan again", or new patterns). */
  rescan(): void {
    this.watched = new WeakSet();
    this.watchedCount = 0;
    this.mentions.clear();
    this.controls.clear();
    this.walks.length = 0;
    this.batches.length = 0;
    this.dirtyUnits.clear();
    this.fresh.clear();
    this.changed(true);
    this.observeRoot(this.doc);
    this.flush();
  }

  private stop(): void {
    this.observer.disconnect();
    clearTimeout(this.sliceTimer);
    clearInterval(this.pollTimer);
    this.mentions.clear();
    this.controls.clear();
    this.walks.length = 0;
    this.batches.length = 0;
    this.dirtyUnits.clear();
  }

  private observeRoot(root: Document | ShadowRoot): void {
    if (!this.observedRoots.has(root)) {
      this.observedRoots.add(root);
      this.observer.observe(root, OBSERVED);
      // No `signal` here: it would keep every shadow root we ever saw alive until the abort.
      root.addEventListener(
        SHADOW_ROOT_ATTACHED,
        (event) => {
          if (!this.options.signal.aborted) this.onShadowRootAttached(event.target as Element);
        },
        { capture: true },
      );
    }
    this.walk(root);
  }

  /** Called inside the page's attachShadow(): only note the root, read it after the page's task. */
  private onShadowRootAttached(host: Element): void {
    if (this.options.isOwnNode(host)) return;
    const root = shadowRootOf(host, this.options.closedShadowRoot);
    if (!root) return;
    this.observeRoot(root);
    // Light DOM children without a slot stop being rendered.
    this.changed(true);
    this.schedule();
  }

  private isSkipped(el: Element): boolean {
    return isUnrendered(el) || this.options.isOwnNode(el);
  }

  private walk(root: Node): void {
    const walk = Walk.of(root, this.visitor);
    if (walk) this.walks.push(walk);
  }

  /**
   * Runs at the end of the page's own task: only queue the records there, and look at them in
   * slices like all other work (a page changing 100,000 nodes in one task must not get a task
   * that much longer).
   */
  private onMutations(records: MutationRecord[]): void {
    this.batches.push(records);
    this.flush();
  }

  private onRecord(record: MutationRecord): void {
    const target = record.target;
    if (this.options.isOwnNode(target)) return;
    const type = record.type;
    // Attributes and added or removed nodes can show or hide text (styles, selectors, slots).
    if (type !== 'characterData') this.changed(true);
    if (type === 'attributes') {
      this.onAttributeChanged(target as Element);
    } else if (type === 'characterData') {
      this.onTextChanged(target);
    } else {
      // What is added to or removed from a unit's line changes the line's text.
      if (this.isFollowingAnyUnit()) {
        const unit = unitOf(target);
        if (unit && (this.watched.has(unit) || this.mentions.has(unit))) this.dirtyUnits.add(unit);
      }
      const added = record.addedNodes;
      const first = added[0];
      // Many nodes added in one go (the rows of a list) are read as a run of the parent's children.
      if (isContainerRun(added.length) && first?.parentNode === target) {
        this.walks.push(Walk.ofChildren(target, first, record.nextSibling, this.visitor));
        return;
      }
      // Indexed, not iterated: this runs for every record of a page rewriting its cells each frame,
      // and a NodeList iterator is one more object and call per record.
      for (let i = 0; i < added.length; i++) {
        const node = added[i] as Node;
        if (node.nodeType === Node.TEXT_NODE) this.onTextChanged(node);
        else if (node.nodeType === Node.ELEMENT_NODE && !this.options.isOwnNode(node)) this.walk(node);
      }
    }
  }

  /** Looks at queued records up to the deadline. */
  private readRecords(deadline: number): void {
    for (let batch = this.batches[0]; batch; batch = this.batches[0]) {
      while (this.batchIndex < batch.length) {
        this.onRecord(batch[this.batchIndex++] as MutationRecord);
        if (this.batchIndex % 64 === 0 && performance.now() > deadline) return;
      }
      this.batches.shift();
      this.batchIndex = 0;
    }
  }

  private onAttributeChanged(el: Element): void {
    if (isTextControl(el)) this.trackControl(el);
    else if (this.controls.has(el as TextControl)) this.forgetControl(el as TextControl);
    // An option's `selected` changes what its <select> shows.
    const control = el.tagName === 'OPTION' ? el.closest('select') : null;
    if (control && this.controls.has(control)) this.dirtyUnits.add(control);
  }

  private onTextChanged(text: Node): void {
    // The common case on a busy page, kept to one test: text that cannot start a mention, while
    // no unit or control is followed that it could belong to.
    if (!this.isFollowingAnyUnit() && this.controls.size === 0 && !this.trigger.test(text.nodeValue ?? '')) return;
    const unit = unitOf(text);
    if (!unit) return;
    if (this.controls.has(unit as TextControl)) {
      this.dirtyUnits.add(unit);
      return;
    }
    const parent = text.parentElement;
    if (parent && this.isSkipped(parent)) return;
    if (this.watched.has(unit) || this.mentions.has(unit) || this.trigger.test(text.nodeValue ?? '')) {
      this.dirtyUnits.add(unit);
    }
  }

  /** Runs queued work for one slice; the rest continues in a later task. */
  private flush(): void {
    if (this.options.signal.aborted) return;
    clearTimeout(this.sliceTimer);
    this.sliceTimer = undefined;
    const deadline = performance.now() + SLICE_MS;
    this.readRecords(deadline);
    // Units the walk has found are read before it goes on, so that few are held at a time: on a
    // page of a million nodes, every unit held is one more object each garbage collection must
    // copy, and a collection that long lands in a slice as a long task.
    for (const unit of this.dirtyUnits) {
      if (performance.now() > deadline) break;
      this.dirtyUnits.delete(unit);
      this.readUnit(unit);
    }
    while (this.walks.length > 0 && performance.now() < deadline) {
      const walk = this.walks[this.walks.length - 1] as Walk;
      // A walk may queue others (shadow roots it meets): remove this one, not the last one.
      if (!walk.advance(this.visitor, deadline)) this.walks.splice(this.walks.indexOf(walk), 1);
    }
    if (this.batches.length > 0 || this.walks.length > 0 || this.dirtyUnits.size > 0) {
      this.schedule();
      return;
    }
    if (this.needsReport) this.report();
  }

  private schedule(): void {
    this.sliceTimer ??= setTimeout(() => this.flush(), 0);
  }

  private visitText(text: Text): void {
    // A textarea's child text is its default value; the control itself is read instead.
    if (this.trigger.test(text.data) && text.parentElement?.localName !== 'textarea') {
      const unit = unitOf(text);
      if (unit) this.dirtyUnits.add(unit);
    }
  }

  /** Runs for every element of the first reading: one lookup of its kind decides. */
  private enter(el: Element): boolean {
    const kind = kindOf(el);
    if (kind === ElementKind.Unrendered || this.options.isOwnNode(el)) return false;
    if (kind === ElementKind.Control) {
      if (isTextControl(el)) this.trackControl(el);
    } else if (kind === ElementKind.ShadowHost) {
      const shadow = shadowRootOf(el, this.options.closedShadowRoot);
      if (shadow) this.observeRoot(shadow);
    }
    return true;
  }

  private isFollowingAnyUnit(): boolean {
    return this.watchedCount > 0 || this.mentions.size > 0;
  }

  private trackControl(control: TextControl): void {
    if (!this.controls.has(control)) this.controls.set(control, '');
    this.dirtyUnits.add(control);
  }

  private forgetControl(control: TextControl): void {
    this.controls.delete(control);
    this.mentions.delete(control);
  }

  /** Reads one unit's rendered text and records the results it holds. */
  private readUnit(unit: Unit): void {
    if (!unit.isConnected) {
      this.forget(unit);
      return;
    }
    const control = this.controls.has(unit as TextControl) ? (unit as TextControl) : null;
    let reading = control ? this.readControl(control) : this.readLine(unit, []);
    if (!this.trigger.test(reading.seg.text)) {
      this.forget(unit);
      return;
    }
    if (!this.watched.has(unit)) {
      this.watched.add(unit);
      this.watchedCount += 1;
    }
    if (!mentionsAny(reading.seg.text, this.patterns)) {
      if (this.mentions.delete(unit)) this.changed(false);
      return;
    }
    // Layout is read only here, for the few units that mention a pattern.
    const hidden = control ? [] : this.hiddenParts(unit);
    if (hidden.length > 0) reading = this.readLine(unit, hidden);
    const { seg, sources } = reading;
    const dialog = dialogOf(elementOf(unit));
    const matches = findResults(seg, this.patterns).map((span) => ({
      element: commonElement(
        seg.sources.slice(span.start, span.end).map((i) => sources[i] as Node),
        unit,
      ),
      unit,
      status: span.pattern.status,
      pattern: span.pattern.text,
      dialog,
    }));
    this.mentions.set(unit, { matches, hidden, parts: control === null && this.hasParts(unit), shown: [] });
    this.fresh.add(unit);
    this.changed(false);
  }

  private changed(layout: boolean): void {
    this.needsReport = true;
    if (layout) this.layoutMayHaveChanged = true;
  }

  private forget(unit: Unit): void {
    if (this.watched.delete(unit)) this.watchedCount -= 1;
    if (this.mentions.delete(unit)) this.changed(false);
    if (!unit.isConnected) this.controls.delete(unit as TextControl);
  }

  private readControl(control: TextControl): { seg: SegmentedText; sources: Node[] } {
    const value = controlText(control);
    this.controls.set(control, value);
    const seg = new SegmentedText();
    seg.append(value, 0);
    return { seg, sources: [control] };
  }

  /** The unit's line: its own text and that of its inline children, without the `hidden` parts. */
  private readLine(unit: Unit, hidden: readonly Element[]): { seg: SegmentedText; sources: Node[] } {
    const seg = new SegmentedText();
    const sources: Node[] = [];
    const read = (parent: Node) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          sources.push(child);
          seg.append((child as Text).data, sources.length - 1);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const el = child as Element;
          if (this.isSkipped(el) || hidden.includes(el)) {
            // Shows no text here (an image, a script, a hidden part): at most a gap in the line.
            seg.separate(Separation.Space);
          } else if (!isInline(el) || isTextControl(el)) {
            // A nested block or a control is a unit of its own, on a line of its own.
            seg.separate(Separation.Block);
          } else if (el.tagName === 'BR') {
            seg.separate(Separation.Line);
          } else {
            seg.separate(Separation.Space);
            read(el);
            seg.separate(Separation.Space);
          }
        }
      }
    };
    read(unit);
    return { seg, sources };
  }

  private hasParts(unit: Unit): boolean {
    for (let child = unit.firstElementChild; child; child = child.nextElementSibling) {
      if (isInline(child) && child.tagName !== 'BR' && child.tagName !== 'WBR' && !this.isSkipped(child)) return true;
    }
    return false;
  }

  /** Inline parts of a rendered unit that are not rendered (outermost only). */
  private hiddenParts(unit: Unit): Element[] {
    const hidden: Element[] = [];
    if (!this.hasParts(unit) || !isRendered(elementOf(unit))) return hidden;
    const visit = (parent: ParentNode) => {
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (!isInline(child) || isTextControl(child) || this.isSkipped(child)) continue;
        if (!isRendered(child)) hidden.push(child);
        else visit(child);
      }
    };
    visit(unit);
    return hidden;
  }

  /**
   * Judges the visibility of fresh mentions, and of all that could change when layout may have
   * changed (re-reading a unit whose hidden parts changed), then reports the rendered results if
   * they changed. A mention without results or inline parts cannot be changed by layout.
   */
  private report(): void {
    const everything = this.layoutMayHaveChanged;
    this.layoutMayHaveChanged = false;
    let layoutMatters = false;
    const matches: Match[] = [];
    for (const [unit, reading] of this.mentions) {
      if (!unit.isConnected) {
        this.forget(unit);
        continue;
      }
      const fresh = this.fresh.has(unit);
      if (everything && !fresh && reading.parts && !sameElements(this.hiddenParts(unit), reading.hidden)) {
        this.readUnit(unit);
      }
      const current = this.mentions.get(unit);
      if (!current) continue;
      if (this.fresh.has(unit) || (everything && current.matches.length > 0)) {
        current.shown = current.matches.filter((m) => isRendered(m.element));
      }
      matches.push(...current.shown);
      layoutMatters ||= current.matches.length > 0 || current.parts;
    }
    this.fresh.clear();
    this.needsReport = false;
    this.updatePolling(layoutMatters);
    if (sameMatches(matches, this.reported)) return;
    this.reported = matches;
    this.options.onChange(matches);
  }

  private updatePolling(layoutMatters: boolean): void {
    const wanted = this.controls.size > 0 || layoutMatters;
    if (wanted && this.pollTimer === undefined) {
      this.pollTimer = setInterval(() => this.poll(), POLL_MS);
    } else if (!wanted && this.pollTimer !== undefined) {
      clearInterval(this.pollTimer);
      this.pollTimer = undefined;
    }
  }

  private poll(): void {
    for (const [control, last] of this.controls) {
      if (!control.isConnected) this.forgetControl(control);
      else if (controlText(control) !== last) this.dirtyUnits.add(control);
    }
    // CSSOM edits, stylesheet loads and popovers change what is shown without a mutation.
    this.changed(true);
    this.flush();
  }
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

function sameMatches(a: readonly Match[], b: readonly Match[]): boolean {
  return a.length === b.length && a.every((m, i) => m.element === b[i]?.element && m.status === b[i]?.status && m.pattern === b[i]?.pattern);
}
