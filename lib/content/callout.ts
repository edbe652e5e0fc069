import { calloutPosition } from './calloutPosition';
import { recordTextBoxes } from './recordBoxes';

/**
 * The callout (docs/page-contract.md#callout-seen-where-the-eye-is): while a result is painted in
 * the viewport (or in the visible part of a scrolling pane or dialog) and no part of the panel is,
 * one line beside the result says what to do and offers to bring the panel into view.
 *
 * It lives in the host's shadow root as a manual popover, in the top layer: page z-index, overflow
 * and transforms cannot hide it, and it shifts nothing in the page's layout. What is in view is
 * told by IntersectionObservers (no polling); only while it is shown does it follow scrolling (of
 * any scroll container) and resizing, once per frame.
 */

export interface CalloutContent {
  /** e.g. 「資格（無効）：紙の処方箋を発行」, for the result it stands beside. */
  text(result: Element): string;
  /** The control's label, e.g. 「案内を見る」. */
  action: string;
}

export class Callout {
  readonly element: HTMLElement;
  private readonly label: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly resultsInView: IntersectionObserver;
  private readonly panelInView: IntersectionObserver;
  private results: readonly Element[] = [];
  private readonly visible = new Set<Element>();
  private panelVisible = true;
  private content: CalloutContent | null = null;
  private target: Element | null = null;
  private following: AbortController | null = null;
  private frame = 0;
  /** Each result's box when the browser last told us (IntersectionObserver, no layout of ours). */
  private readonly boxes = new WeakMap<Element, DOMRectReadOnly>();
  /** The callout's own size, as the ResizeObserver last reported it. */
  private size: { width: number; height: number } | null = null;
  private readonly sized: ResizeObserver;

  constructor(
    private readonly host: HTMLElement,
    shadow: ShadowRoot,
    private readonly openPanel: () => void,
  ) {
    const doc = host.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'callout';
    this.element.setAttribute('popover', 'manual');
    const icon = doc.createElement('span');
    icon.className = 'callout-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '!';
    this.label = doc.createElement('span');
    this.label.className = 'callout-text';
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.className = 'callout-open';
    this.button.addEventListener('click', () => this.openPanel());
    this.element.append(icon, this.label, this.button);
    shadow.append(this.element);
    this.resultsInView = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        this.boxes.set(entry.target, entry.boundingClientRect);
        if (entry.isIntersecting) this.visible.add(entry.target);
        else this.visible.delete(entry.target);
      }
      this.decide();
    });
    this.panelInView = new IntersectionObserver((entries) => {
      this.panelVisible = entries.some((entry) => entry.isIntersecting);
      this.decide();
    });
    this.panelInView.observe(host);
    // Shown, or its text changed: the browser measured it as it laid the page out.
    this.sized = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      this.size = box && box.inlineSize > 0 ? { width: box.inlineSize, height: box.blockSize } : null;
      this.place(false);
    });
    this.sized.observe(this.element);
  }

  /** The current results (in the page's order) and the words for them. */
  update(results: readonly Element[], content: CalloutContent): void {
    this.content = content;
    setText(this.button, content.action);
    const next = new Set(results);
    for (const result of this.results) {
      if (!next.has(result)) {
        this.resultsInView.unobserve(result);
        this.visible.delete(result);
      }
    }
    const known = new Set(this.results);
    for (const result of results) if (!known.has(result)) this.resultsInView.observe(result);
    this.results = results;
    this.decide();
  }

  destroy(): void {
    this.resultsInView.disconnect();
    this.panelInView.disconnect();
    this.sized.disconnect();
    this.hide();
    this.element.remove();
  }

  /** Shown beside the first visible result while the panel is out of view. */
  private decide(): void {
    const target = this.panelVisible ? undefined : this.results.find((result) => this.visible.has(result));
    if (!target || !this.content || !this.host.isConnected) {
      this.hide();
      return;
    }
    const moved = target !== this.target;
    this.target = target;
    setText(this.label, this.content.text(target));
    if (!this.element.matches(':popover-open')) this.element.showPopover();
    this.follow();
    // From what the browser last told us: reading layout here, inside the page's own task, would
    // lay out a page that is still changing (a 20,000-row list rewriting itself).
    if (moved) this.place(false);
  }

  private hide(): void {
    this.target = null;
    this.following?.abort();
    this.following = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.element.matches(':popover-open')) this.element.hidePopover();
  }

  /** While shown: scrolling anywhere (capture: scroll events do not bubble) and resizing move it. */
  private follow(): void {
    if (this.following) return;
    this.following = new AbortController();
    const win = this.host.ownerDocument.defaultView;
    const onMove = () => {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.place(true);
      });
    };
    const options = { capture: true, passive: true, signal: this.following.signal };
    this.host.ownerDocument.addEventListener('scroll', onMove, options);
    win?.addEventListener('resize', onMove, options);
  }

  /**
   * Beside the result, never over its text nor its record's (calloutPosition). `live`: read the
   * result's and its record's boxes now (in an animation frame); else place it by the box the
   * IntersectionObserver reported, and by the record's boxes in the next frame.
   */
  private place(live: boolean): void {
    const target = this.target;
    const win = this.host.ownerDocument.defaultView;
    const result = target && (live ? target.getBoundingClientRect() : this.boxes.get(target));
    if (!target || !result || !win || !this.size) return;
    const record = live ? recordTextBoxes(target) : [];
    const position = calloutPosition(result, this.size, record, { width: win.innerWidth, height: win.innerHeight });
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

/** Writes only a changed text: every write is a mutation the page's observers and ours would see. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
