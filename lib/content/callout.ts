import type { Match } from '../detection/mentions';
import type { Settings } from '../settings/definition';
import { calloutContent } from './calloutContent';
import { calloutPosition } from './calloutPosition';
import { observeMove, viewportOf } from './observeMove';
import { recordTextBoxes } from './recordBoxes';

/**
 * The callout (docs/page-contract.md#callout-seen-where-the-eye-is): while a result is painted in
 * the viewport (or in the visible part of a scrolling pane or dialog) and no part of the panel is,
 * one line beside the result says what to do and offers to bring the panel into view.
 *
 * It lives in the host's shadow root as a manual popover, in the top layer: page z-index, overflow
 * and transforms cannot hide it, and it shifts nothing in the page's layout. What is in view is
 * told by IntersectionObservers (no polling); while it is shown it follows its result when the
 * page moves it (observeMove), scrolls (any scroll container) or resizes. Everything it started
 * stops when `signal` aborts.
 */

export interface CalloutContent {
  /** e.g. 「資格（無効）：紙の処方箋を発行」, for the result it stands beside. */
  text(result: Match): string;
  /** The control's label, e.g. 「案内を見る」. */
  action: string;
}

/** What the callout stands in: the host and its shadow root, and how it brings the panel into view. */
export interface CalloutHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  bringIntoView(): void;
}

export class Callout {
  private readonly element: HTMLElement;
  private readonly label: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly resultsInView: IntersectionObserver;
  private results: readonly Match[] = [];
  private readonly visible = new Set<Element>();
  private panelVisible = true;
  private content: CalloutContent | null = null;
  private target: Match | null = null;
  private stopFollowingMoves: (() => void) | null = null;
  private frame = 0;
  /** Each result's box when the browser last told us (IntersectionObserver, no layout of ours). */
  private readonly boxes = new WeakMap<Element, DOMRectReadOnly>();
  /** The callout's own size, as the ResizeObserver last reported it. */
  private size: { width: number; height: number } | null = null;

  constructor(
    private readonly host: CalloutHost,
    signal: AbortSignal,
  ) {
    const doc = host.element.ownerDocument;
    this.element = element(doc, 'div', 'callout');
    this.element.setAttribute('popover', 'manual');
    const icon = element(doc, 'span', 'callout-icon');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '!';
    this.label = element(doc, 'span', 'callout-text');
    this.button = element(doc, 'button', 'callout-open');
    this.button.type = 'button';
    this.button.addEventListener('click', () => host.bringIntoView(), { signal });
    this.element.append(icon, this.label, this.button);
    host.shadow.append(this.element);
    this.resultsInView = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        this.boxes.set(entry.target, entry.boundingClientRect);
        if (entry.isIntersecting) this.visible.add(entry.target);
        else this.visible.delete(entry.target);
      }
      this.decide();
    });
    const panelInView = new IntersectionObserver((entries) => {
      this.panelVisible = entries.some((entry) => entry.isIntersecting);
      this.decide();
    });
    panelInView.observe(host.element);
    // Shown, or its text changed: the browser measured it as it laid the page out.
    const sized = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      this.size = box && box.inlineSize > 0 ? { width: box.inlineSize, height: box.blockSize } : null;
      this.place(false);
    });
    sized.observe(this.element);
    this.followScrolling(signal);
    signal.addEventListener(
      'abort',
      () => {
        this.resultsInView.disconnect();
        panelInView.disconnect();
        sized.disconnect();
        this.hide();
        this.element.remove();
      },
      { once: true },
    );
  }

  /** The results it may stand beside (in the page's order), worded for the role. */
  update(results: readonly Match[], role: Settings['role']): void {
    const content = calloutContent(role);
    this.content = content;
    setText(this.button, content.action);
    const next = new Set(results.map((result) => result.element));
    for (const { element } of this.results) {
      if (!next.has(element)) {
        this.resultsInView.unobserve(element);
        this.visible.delete(element);
      }
    }
    const known = new Set(this.results.map((result) => result.element));
    for (const { element } of results) if (!known.has(element)) this.resultsInView.observe(element);
    this.results = results;
    this.decide();
  }

  /** Shown beside the first visible result while the panel is out of view. */
  private decide(): void {
    const target = this.panelVisible ? undefined : this.results.find((result) => this.visible.has(result.element));
    if (!target || !this.content || !this.host.element.isConnected) {
      this.hide();
      return;
    }
    const moved = target.element !== this.target?.element;
    this.target = target;
    setText(this.label, this.content.text(target));
    if (!this.element.matches(':popover-open')) this.element.showPopover();
    // From what the browser last told us: reading layout here, inside the page's own task, would
    // lay out a page that is still changing (a 20,000-row list rewriting itself).
    if (moved) {
      this.followMoves(target.element);
      this.place(false);
    }
  }

  private hide(): void {
    this.target = null;
    this.stopFollowingMoves?.();
    this.stopFollowingMoves = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.element.matches(':popover-open')) this.element.hidePopover();
  }

  /** The page moved the result without scrolling: the browser reports its new box. */
  private followMoves(result: Element): void {
    this.stopFollowingMoves?.();
    const box = this.boxes.get(result);
    this.stopFollowingMoves = box
      ? observeMove(result, box, (moved) => {
          this.boxes.set(result, moved);
          this.place(false);
        })
      : null;
  }

  /** While shown: scrolling anywhere (capture: scroll events do not bubble) and resizing move it. */
  private followScrolling(signal: AbortSignal): void {
    const doc = this.host.element.ownerDocument;
    const onMove = () => {
      if (!this.target) return;
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.place(true);
      });
    };
    const options = { capture: true, passive: true, signal };
    doc.addEventListener('scroll', onMove, options);
    doc.defaultView?.addEventListener('resize', onMove, options);
  }

  /**
   * Beside the result, never over its text nor its record's (calloutPosition). `live`: read the
   * result's and its record's boxes now (in an animation frame); else place it by the box the
   * browser last reported, and by the record's boxes in the next frame.
   */
  private place(live: boolean): void {
    const target = this.target?.element;
    const result = target && (live ? target.getBoundingClientRect() : this.boxes.get(target));
    if (!target || !result || !this.size) return;
    const record = live ? recordTextBoxes(target) : [];
    const position = calloutPosition(result, this.size, record, viewportOf(this.host.element.ownerDocument));
    this.element.style.left = `${position.left}px`;
    this.element.style.top = `${position.top}px`;
    this.element.dataset.pointer = position.pointer;
    this.element.style.setProperty('--pointer-at', `${position.pointerAt}px`);
    if (!live) {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.place(true);
      });
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  return el;
}

/** Writes only a changed text: every write is a mutation the page's observers and ours would see. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
