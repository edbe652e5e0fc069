import {
  commonElement,
  containerOf,
  controlText,
  isInline,
  isRendered,
  isTextControl,
  isUnrendered,
} from './dom';
import { SegmentedText } from './normalise';
import type { Pattern, StatusToken } from './patterns';
import { findResults } from './results';
import { triggerTest } from './trigger';

/**
 * Follows a document and reports the rendered results in it (contract: "What counts as a match").
 *
 * Incremental by design: a MutationObserver queues the subtrees and text units that changed; only
 * units holding a pattern's trigger character are ever read as a whole, and layout is read only
 * for units whose text matched. Work runs in short slices so a huge page never sees a long task.
 */

export interface Match {
  /** The smallest element holding the result's text (or the form control showing it). */
  element: Element;
  status: StatusToken;
}

export interface DetectorOptions {
  patterns: readonly Pattern[];
  signal: AbortSignal;
  /** Nodes of our own UI: never read, never observed. */
  isOwnNode(node: Node): boolean;
  /** Called with the rendered results whenever they change (first = first in document order). */
  onChange(matches: readonly Match[], first: Match | undefined): void;
  /** Closed shadow roots are reachable only through browser-specific APIs. */
  closedShadowRoot?(host: Element): ShadowRoot | null;
}

type Unit = Element;

/** A subtree still to be read; `next` is the node to visit when the walk resumes. */
interface Walk {
  walker: TreeWalker;
  next: Node | null;
}

const SLICE_MS = 8;
const CONTROL_POLL_MS = 400;
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // What can show or hide a result, or change a control's shown value.
  attributeFilter: ['class', 'style', 'hidden', 'open', 'value', 'selected', 'type'],
};

export class Detector {
  private patterns: readonly Pattern[];
  private trigger: RegExp;
  private readonly options: DetectorOptions;
  private readonly observer: MutationObserver;
  private readonly observedRoots = new WeakSet<Node>();
  /** Units that held a trigger character when last read, with the results their text holds. */
  private readonly candidates = new Map<Unit, Match[]>();
  private readonly controls = new Map<Element, string>();
  private readonly walks: Walk[] = [];
  private readonly dirtyUnits = new Set<Unit>();
  private visibilityChanged = false;
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
      if (target instanceof Element && this.controls.has(target)) this.markUnit(target);
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
    this.candidates.clear();
    this.controls.clear();
    this.walks.length = 0;
    this.dirtyUnits.clear();
    this.visibilityChanged = true;
    this.observeRoot(this.doc);
    this.flush();
  }

  private stop(): void {
    this.observer.disconnect();
    clearTimeout(this.sliceTimer);
    clearInterval(this.pollTimer);
    this.candidates.clear();
    this.controls.clear();
    this.walks.length = 0;
  }

  private observeRoot(root: Document | ShadowRoot): void {
    if (!this.observedRoots.has(root)) {
      this.observedRoots.add(root);
      this.observer.observe(root, OBSERVED);
    }
    this.walk(root);
  }

  private walk(root: Node): void {
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE &&
        (isUnrendered(node as Element) || this.options.isOwnNode(node))
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    this.walks.push({ walker, next: root });
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (this.options.isOwnNode(target)) continue;
      if (record.type === 'attributes') {
        this.visibilityChanged = true;
        if (this.controls.has(target as Element)) this.markUnit(target as Element);
      } else if (record.type === 'characterData') {
        this.onTextChanged(target);
      } else {
        for (const node of record.addedNodes) {
          if (this.options.isOwnNode(node)) continue;
          if (node.nodeType === Node.TEXT_NODE) this.onTextChanged(node);
          else if (node.nodeType === Node.ELEMENT_NODE) this.walk(node);
        }
        if (record.removedNodes.length > 0) {
          // Removal can split or end a result in the unit that stays, or hide one by layout.
          const unit = containerOf(target);
          if (unit && this.candidates.has(unit)) this.dirtyUnits.add(unit);
          this.visibilityChanged = true;
        }
      }
    }
    this.flush();
  }

  private onTextChanged(text: Node): void {
    const unit = containerOf(text);
    if (!unit) return;
    if (this.candidates.has(unit) || this.trigger.test(text.nodeValue ?? '')) this.dirtyUnits.add(unit);
  }

  private markUnit(unit: Unit): void {
    this.dirtyUnits.add(unit);
  }

  /** Runs queued work for one slice; the rest continues in a later task. */
  private flush(): void {
    if (this.options.signal.aborted) return;
    clearTimeout(this.sliceTimer);
    const deadline = performance.now() + SLICE_MS;
    while (this.walks.length > 0 && performance.now() < deadline) {
      const walk = this.walks[this.walks.length - 1] as Walk;
      if (!this.advance(walk, deadline)) this.walks.pop();
    }
    for (const unit of this.dirtyUnits) {
      this.readUnit(unit);
      this.dirtyUnits.delete(unit);
      if (performance.now() > deadline) break;
    }
    if (this.walks.length > 0 || this.dirtyUnits.size > 0) {
      this.sliceTimer = setTimeout(() => this.flush(), 0);
      return;
    }
    this.report();
  }

  /** Walks up to the deadline; false when the walk is finished. */
  private advance(walk: Walk, deadline: number): boolean {
    let steps = 0;
    while (walk.next) {
      this.visit(walk.next);
      walk.next = walk.walker.nextNode();
      if (++steps % 256 === 0 && performance.now() > deadline) return walk.next !== null;
    }
    return false;
  }

  private visit(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      // A textarea's child text is its default value; the control itself is read instead.
      if (this.trigger.test((node as Text).data) && node.parentElement?.tagName !== 'TEXTAREA') {
        const unit = containerOf(node);
        if (unit) this.dirtyUnits.add(unit);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (isTextControl(el)) {
      this.trackControl(el);
      return;
    }
    const shadow = el.shadowRoot ?? this.options.closedShadowRoot?.(el) ?? null;
    if (shadow && !this.options.isOwnNode(el)) this.observeRoot(shadow);
  }

  private trackControl(el: Element): void {
    if (!this.controls.has(el)) this.controls.set(el, '');
    this.dirtyUnits.add(el);
    // Script can set .value without any event or mutation; poll the few controls there are.
    this.pollTimer ??= setInterval(() => this.pollControls(), CONTROL_POLL_MS);
  }

  private pollControls(): void {
    let changed = false;
    for (const [control, last] of this.controls) {
      if (!control.isConnected) {
        this.controls.delete(control);
        this.candidates.delete(control);
        changed = true;
      } else if (controlText(control as HTMLInputElement) !== last) {
        this.dirtyUnits.add(control);
        changed = true;
      }
    }
    if (changed) this.flush();
  }

  /** Reads one unit's rendered text and records the results it holds. */
  private readUnit(unit: Unit): void {
    if (!unit.isConnected) {
      this.candidates.delete(unit);
      return;
    }
    const seg = new SegmentedText();
    const sources: Node[] = [];
    if (this.controls.has(unit)) {
      const value = controlText(unit as HTMLInputElement);
      this.controls.set(unit, value);
      seg.append(value, 0);
      sources.push(unit);
    } else {
      this.readInline(unit, seg, sources);
    }
    if (!this.trigger.test(seg.text)) {
      this.candidates.delete(unit);
      return;
    }
    const matches = findResults(seg, this.patterns).map((span) => {
      const nodes = seg.sources.slice(span.start, span.end).map((i) => sources[i] as Node);
      return { element: commonElement(nodes, unit), status: span.pattern.status };
    });
    this.candidates.set(unit, matches);
    this.visibilityChanged = true;
  }

  private readInline(el: Element, seg: SegmentedText, sources: Node[]): void {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        sources.push(child);
        seg.append((child as Text).data, sources.length - 1);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const inner = child as Element;
        seg.markBreak();
        // Nested blocks, controls and our own nodes are units of their own (or nothing).
        if (isInline(inner) && !isUnrendered(inner) && !this.options.isOwnNode(inner)) {
          this.readInline(inner, seg, sources);
          seg.markBreak();
        }
      }
    }
  }

  private report(): void {
    if (!this.visibilityChanged) return;
    this.visibilityChanged = false;
    const matches: Match[] = [];
    let first: Match | undefined;
    for (const [unit, found] of this.candidates) {
      if (!unit.isConnected) {
        this.candidates.delete(unit);
        continue;
      }
      for (const match of found) {
        if (!isRendered(match.element)) continue;
        matches.push(match);
        if (!first || precedes(match.element, first.element)) first = match;
      }
    }
    if (sameMatches(matches, this.reported)) return;
    this.reported = matches;
    this.options.onChange(matches, first);
  }
}

function sameMatches(a: readonly Match[], b: readonly Match[]): boolean {
  return a.length === b.length && a.every((m, i) => m.element === b[i]?.element && m.status === b[i]?.status);
}

/** Document order across shadow trees: compare the hosts in the outermost shared tree. */
function precedes(a: Element, b: Element): boolean {
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; ; i++) {
    const x = chainA[i];
    const y = chainB[i];
    if (!x || !y) return chainA.length < chainB.length;
    if (x !== y) return Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
}

/** [outermost host, …, element]: each entry lives in the tree of the one before. */
function hostChain(el: Element): Element[] {
  const chain = [el];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}
