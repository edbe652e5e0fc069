import { ElementKind, isInline, isTextControl, isUnrendered, kindOf, shadowRootOf, type TextControl, type Unit, unitOf } from './dom';
import { type Match, Mentions, sameMatches } from './mentions';
import { QuietCells } from './quietCells';
import { RecordQueue } from './recordQueue';
import { CustomElementNames } from './customElementNames';
import { SHADOW_HOSTS_ASKED } from './pageHooks';
import type { Pattern } from './patterns';
import { listenToDocument, listenToTree, OBSERVED_CHANGES, type PageSignalHandlers } from './pageSignals';
import { triggerTest } from './trigger';
import { isContainerRun, Walk, type WalkVisitor } from './walk';
import { cancel, every, later, type TimerId } from '../shared/scheduler';

/**
 * Follows a document and reports the rendered results in it (contract: "What counts as a match").
 *
 * Incremental by design: a MutationObserver queues the subtrees and units that changed; a unit's
 * text is read again only when something inside it changed and it held a pattern's trigger
 * character; layout is read only for units whose text mentions a pattern. Work runs in short
 * slices so a huge page never sees a long task.
 */

export interface DetectorOptions {
  patterns: readonly Pattern[];
  /** The patterns' trigger characters, as the background worked them out (lib/detection/trigger.ts). */
  triggerCharacters?: string;
  signal: AbortSignal;
  /** Nodes of our own UI: never read, never observed. */
  isOwnNode(node: Node): boolean;
  /** Called with the rendered results whenever they change. */
  onChange(matches: readonly Match[]): void;
  /** Closed shadow roots are reachable only through browser-specific APIs. */
  closedShadowRoot?(host: Element): ShadowRoot | null;
}

const SLICE_MS = 8;
// While a result is shown, what hides it may come without a mutation or an event we hear (a
// :hover rule, an animation's end state): looked at again this often, well inside the contract's
// 500 ms. Never while nothing is shown.
const SHOWN_CHECK_MS = 250;

export class Detector {
  private patterns: readonly Pattern[];
  private trigger: RegExp;
  private readonly options: DetectorOptions;
  private readonly observer: MutationObserver;
  private readonly observedRoots = new WeakSet<Node>();
  /** Hosts of the closed shadow roots read: asked again, the browser would cost a call each time. */
  private readonly closedRootHosts = new WeakSet<Element>();
  private readonly mentions: Mentions;
  private readonly walks: Walk[] = [];
  private readonly visitor: WalkVisitor = {
    hasTrigger: (text) => this.trigger.test(text),
    // A textarea's child text is its default value; the control itself is read instead.
    visitText: (text) => {
      const unit = this.trigger.test(text.data) && text.parentElement?.localName !== 'textarea' ? unitOf(text) : null;
      if (unit) this.dirtyUnits.add(unit);
    },
    enter: (el) => this.enter(el),
    queue: (walk) => this.walks.push(walk),
    textFreeTags: () => this.customElementNames.textFreeTags(),
    // The page-world hook answers inside this call, with an attach notice for each (pageHooks.ts).
    enterShadowHostsWithin: (container) => container.dispatchEvent(new Event(SHADOW_HOSTS_ASKED)),
  };
  private readonly customElementNames: CustomElementNames;
  private readonly records = new RecordQueue();
  private readonly quietCells = new QuietCells();
  private readonly dirtyUnits = new Set<Unit>();
  /** The results may have changed. */
  private needsReport = false;
  /** Something may have shown or hidden text anywhere: judge every mention's visibility again. */
  private layoutMayHaveChanged = false;
  private reported: readonly Match[] = [];
  private sliceTimer: TimerId | undefined;
  private shownCheckTimer: TimerId | undefined;
  private readonly signals: PageSignalHandlers = {
    onInput: (target) => {
      if (target instanceof Element && this.mentions.isControl(target)) this.dirtyUnits.add(target);
      this.flush();
    },
    onLayout: () => this.onLayoutMayHaveChanged(),
    // A script set a control's value: no event and no mutation told us, the page-world hook did.
    onControlValueSet: (control) => {
      if (!this.mentions.isControl(control)) return;
      this.dirtyUnits.add(control);
      this.schedule();
    },
    onShadowRootAttached: (host) => this.onShadowRootAttached(host),
  };

  constructor(
    private readonly doc: Document,
    options: DetectorOptions,
  ) {
    this.options = options;
    this.patterns = options.patterns;
    this.trigger = triggerTest(this.patterns, options.triggerCharacters);
    this.mentions = new Mentions(
      (el) => this.isSkipped(el),
      (layout) => this.changed(layout),
    );
    this.mentions.setPatterns(this.patterns, this.trigger);
    // At the end of the page's task: queue, and read a first slice now (contract: "At once").
    this.observer = new MutationObserver((records) => {
      this.records.push(records);
      this.flush();
    });
    listenToDocument(doc, options.signal, this.signals);
    this.customElementNames = new CustomElementNames(doc, options.signal, (name) => this.onCustomElementDefined(name));
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
    this.rescan();
  }

  /** New patterns (from settings): every unit must be judged again. */
  setPatterns(patterns: readonly Pattern[], triggerCharacters?: string): void {
    this.patterns = patterns;
    this.trigger = triggerTest(patterns, triggerCharacters);
    this.mentions.setPatterns(patterns, this.trigger);
    this.rescan();
  }

  /** Reads the whole document again (the popup's "scan again", or new patterns). */
  rescan(): void {
    this.clearQueues();
    this.changed(true);
    this.observeRoot(this.doc);
    this.flush();
  }

  private stop(): void {
    this.observer.disconnect();
    cancel(this.sliceTimer);
    cancel(this.shownCheckTimer);
    this.clearQueues();
  }

  private clearQueues(): void {
    this.mentions.clear();
    this.walks.length = 0;
    this.records.clear();
    this.dirtyUnits.clear();
  }

  /** Whether `el` hosts a shadow root: open, or closed and read by this detector. */
  hostsShadowRoot(el: Element): boolean {
    return el.shadowRoot !== null || this.closedRootHosts.has(el);
  }

  private observeRoot(root: Document | ShadowRoot): void {
    if (!this.observedRoots.has(root)) {
      this.observedRoots.add(root);
      if (root instanceof ShadowRoot && root.mode === 'closed') this.closedRootHosts.add(root.host);
      this.observer.observe(root, OBSERVED_CHANGES);
      listenToTree(root, this.options.signal, this.signals);
    }
    this.walk(root);
  }

  /** Called inside the page's attachShadow(): only note the root, read it after the page's task. */
  private onShadowRootAttached(host: Element): void {
    if (this.options.isOwnNode(host)) return;
    const root = shadowRootOf(host, this.options.closedShadowRoot);
    // A root already read is told again when a list is looked into (pageHooks.ts): nothing new.
    if (!root || this.observedRoots.has(root)) return;
    this.observeRoot(root);
    // Light DOM children without a slot stop being rendered.
    this.changed(true);
    this.schedule();
  }


  /**
   * A custom element defined after we started: its elements in lists read by name only
   * (walk.ts) may hold a shadow root the page's HTML declared, which no attachShadow told us of.
   */
  private onCustomElementDefined(name: string): void {
    this.walks.push(Walk.ofElements(this.doc.getElementsByTagName(name)));
    this.schedule();
  }

  /** What is shown may have changed; only mentions (rare) can be affected, so nothing else is done. */
  private onLayoutMayHaveChanged(): void {
    if (!this.mentions.hasReadings()) return;
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


  private onRecord(record: MutationRecord): void {
    const target = record.target;
    const type = record.type;
    // Busy pages rewrite cells and toggle classes many times a second: most records are settled
    // by one cheap test, without looking at the nodes they carry.
    if (type === 'childList' ? this.isQuietTextChange(target) : type === 'attributes' && this.isQuietAttribute(target as Element)) {
      return;
    }
    if (this.options.isOwnNode(target) || this.isOwnInsertion(record)) return;
    // Attributes and added or removed nodes can show or hide text (styles, selectors, slots).
    if (type !== 'characterData') this.changed(true);
    if (type === 'attributes') this.onAttributeChanged(target as Element);
    else if (type === 'characterData') this.onTextChanged(target);
    else this.onChildrenChanged(record);
  }

  /**
   * Text set in an element that holds no element (textContent of a cell, a label), which now
   * holds no trigger character, where no followed unit can be touched: nothing can start or end a
   * mention. Text alone shows or hides no element, but it can empty one (:empty): while results
   * are shown, their visibility is judged again as for any other change.
   */
  private isQuietTextChange(target: Node): boolean {
    const el = target as Element;
    if (el.childElementCount !== 0 || !this.quietCells.holdsNoTrigger(el, this.trigger)) return false;
    const mentions = this.mentions;
    if (mentions.isFollowingAnyUnit()) {
      // A block is its own unit (unless it is a control, or text a control shows): one lookup
      // tells whether we follow it.
      if (target.nodeType !== Node.ELEMENT_NODE || isInline(el) || mentions.follows(el)) return false;
      const kind = kindOf(el);
      if (kind === ElementKind.Control || kind === ElementKind.Unrendered) return false;
    }
    if (mentions.hasReadings()) this.changed(true);
    return true;
  }

  /**
   * An attribute that can matter only to results already read (a class, a style) or to a text
   * control (its type, an option's selected) while there are neither.
   */
  private isQuietAttribute(el: Element): boolean {
    if (this.mentions.hasReadings()) return false;
    const kind = kindOf(el);
    return kind !== ElementKind.Control && (kind !== ElementKind.Unrendered || el.localName !== 'option');
  }

  /**
   * Our panel put in or taken out of the page (one node, ours): it shows or hides none of the
   * page's text, so nothing is judged again. Judging would force the style of the panel just
   * inserted, in the task that showed it.
   */
  private isOwnInsertion(record: MutationRecord): boolean {
    if (record.type !== 'childList') return false;
    const added = record.addedNodes;
    const removed = record.removedNodes;
    if (added.length + removed.length !== 1) return false;
    return this.options.isOwnNode((added[0] ?? removed[0]) as Node);
  }

  private onChildrenChanged(record: MutationRecord): void {
    const target = record.target;
    // What is added to or removed from a unit's line changes the line's text.
    if (this.mentions.isFollowingAnyUnit()) {
      const unit = unitOf(target);
      if (unit && this.mentions.follows(unit)) this.dirtyUnits.add(unit);
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

  private onAttributeChanged(el: Element): void {
    if (isTextControl(el)) this.follow(el);
    else if (this.mentions.isControl(el)) this.mentions.forgetControl(el);
    // An option's `selected` changes what its <select> shows.
    const control = el.tagName === 'OPTION' ? el.closest('select') : null;
    if (control && this.mentions.isControl(control)) this.dirtyUnits.add(control);
  }

  private onTextChanged(text: Node): void {
    // The common case on a busy page, kept to one test: text that cannot start a mention, while
    // no unit or control is followed that it could belong to.
    const mentions = this.mentions;
    if (!mentions.isFollowingAnyUnit() && mentions.controls.size === 0 && !this.trigger.test(text.nodeValue ?? '')) return;
    const unit = unitOf(text);
    if (!unit) return;
    if (mentions.isControl(unit)) {
      this.dirtyUnits.add(unit);
      return;
    }
    const parent = text.parentElement;
    if (parent && this.isSkipped(parent)) return;
    if (mentions.follows(unit) || this.trigger.test(text.nodeValue ?? '')) this.dirtyUnits.add(unit);
  }

  /** Runs queued work for one slice; the rest continues in a later task. */
  private flush(): void {
    if (this.options.signal.aborted) return;
    cancel(this.sliceTimer);
    this.sliceTimer = undefined;
    const deadline = performance.now() + SLICE_MS;
    this.quietCells.forget();
    this.records.readUntil(deadline, (record) => this.onRecord(record));
    // Units the walk has found are read before it goes on, so that few are held at a time: on a
    // page of a million nodes, every unit held is one more object each garbage collection must
    // copy, and a collection that long lands in a slice as a long task.
    for (const unit of this.dirtyUnits) {
      if (performance.now() > deadline) break;
      this.dirtyUnits.delete(unit);
      this.mentions.read(unit);
    }
    while (this.walks.length > 0 && performance.now() < deadline) {
      const walk = this.walks[this.walks.length - 1] as Walk;
      // A walk may queue others (shadow roots it meets): remove this one, not the last one.
      if (!walk.advance(this.visitor, deadline)) this.walks.splice(this.walks.indexOf(walk), 1);
    }
    if (!this.records.isEmpty || this.walks.length > 0 || this.dirtyUnits.size > 0) {
      this.schedule();
      return;
    }
    if (this.needsReport) this.report();
  }

  private schedule(): void {
    this.sliceTimer ??= later(() => this.flush(), 0);
  }

  /** Runs for every element of the first reading: one lookup of its kind decides. */
  private enter(el: Element): boolean {
    const kind = kindOf(el);
    if (kind === ElementKind.Unrendered || this.options.isOwnNode(el)) return false;
    if (kind === ElementKind.Control) {
      if (isTextControl(el)) this.follow(el);
    } else if (kind === ElementKind.ShadowHost) {
      const shadow = shadowRootOf(el, this.options.closedShadowRoot);
      if (shadow) this.observeRoot(shadow);
    }
    return true;
  }


  private follow(control: TextControl): void {
    this.mentions.trackControl(control);
    this.dirtyUnits.add(control);
  }

  private changed(layout: boolean): void {
    this.needsReport = true;
    this.layoutMayHaveChanged ||= layout;
  }

  /** Reports the rendered results if they changed. */
  private report(): void {
    const everything = this.layoutMayHaveChanged;
    this.layoutMayHaveChanged = false;
    const matches = this.mentions.judge(everything);
    this.needsReport = false;
    this.checkWhileShown(matches.length > 0);
    if (sameMatches(matches, this.reported)) return;
    this.reported = matches;
    this.options.onChange(matches);
  }

  private checkWhileShown(shown: boolean): void {
    if (shown) this.shownCheckTimer ??= every(() => this.onLayoutMayHaveChanged(), SHOWN_CHECK_MS);
    else {
      cancel(this.shownCheckTimer);
      this.shownCheckTimer = undefined;
    }
  }
}
