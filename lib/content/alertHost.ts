import type { PanelProps } from '../../components/panel/Panel';
import panelCss from '../../components/panel/panel.css?inline';
import themeCss from '../../components/shared/theme.css?inline';
import { renderFirstPanel } from './firstRender';
import { loadPanelView, type PanelView } from './panelViewLoader';
import type { Placement } from './placement';
import { later } from '../shared/scheduler';

/** The contract's host element: <shikaku-alert> with an open shadow root holding all our markup. */
export const HOST_TAG = 'shikaku-alert';

/** The hosts this script made. Not the tag name: a page may have elements of its own by that name. */
const hosts = new WeakSet<Node>();
/** Until the first panel, nothing can be ours: the detector asks this for every mutation record. */
let madeAny = false;

/** The host itself, or anything inside its shadow root (the host may sit in a page's shadow root). */
export function isAlertNode(node: Node): boolean {
  if (!madeAny) return false;
  if (hosts.has(node)) return true;
  const root = node.getRootNode();
  return root instanceof ShadowRoot && hosts.has(root.host);
}

/**
 * An element named `name` with our open shadow root, or null when the page owns that name. Even
 * from our isolated world, createElement goes through the page's custom-element registry: when the
 * page defined the name, its constructor has just run on the element (`:defined`) and its callbacks
 * would run on our panel; its definition may also have attached a shadow root first or refuse one.
 */
function hostNamed(doc: Document, name: string): { element: HTMLElement; shadow: ShadowRoot } | null {
  const element = doc.createElement(name);
  // A constructor that threw leaves a plain element behind (not :defined), which is ours to use.
  if (element.matches(':defined')) return null;
  try {
    return { element, shadow: element.attachShadow({ mode: 'open' }) };
  } catch {
    return null;
  }
}

/** The contract's name when the page leaves it to us, else one no page can know in advance. */
function createHost(doc: Document): { element: HTMLElement; shadow: ShadowRoot } {
  const host = hostNamed(doc, HOST_TAG) ?? hostNamed(doc, `${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`);
  if (!host) throw new Error('shikaku-alert: no element can hold the panel');
  return host;
}

/** The first render's styles: in the content script, so the host is whole at once. */
const HOST_CSS = themeCss + panelCss;

/**
 * The host of one shown alert: the panel (its first render at once, then the panel's UI) and the
 * shadow root the callout stands in. Leaves the page when `signal` aborts.
 */
export class AlertHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  /** What the panel shows, as last asked. */
  private props: PanelProps | null = null;
  /**
   * The panel's UI once it has taken over the first render (components/panel/panelView.tsx): it
   * also brings the callout.
   */
  readonly view: Promise<PanelView>;
  private loaded: PanelView | null = null;
  /** When we last put the host in its place (performance.now()); null while we hold it out. */
  private placedAt: number | null = null;
  /** Only a page takes the host out without us: notice it even when nothing else changes. */
  private readonly watcher: MutationObserver;

  constructor(
    doc: Document,
    private readonly signal: AbortSignal,
    onTakenOut: () => void,
  ) {
    const { element, shadow } = createHost(doc);
    madeAny = true;
    hosts.add(element);
    this.element = element;
    this.shadow = shadow;
    const style = doc.createElement('style');
    style.textContent = HOST_CSS;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
    this.watcher = new MutationObserver(() => {
      if (!this.takenOut) return;
      this.watcher.disconnect();
      onTakenOut();
    });
    signal.addEventListener(
      'abort',
      () => {
        this.takeOut();
        this.loaded?.renderPanel(this.mount, null);
      },
      { once: true },
    );
    // After the page's task: starting the import costs about a millisecond, and the host is
    // whole at once without it. A failed load (the extension was updated meanwhile) leaves the
    // first render, and the promise unsettled.
    this.view = new Promise((resolve) => later(() => loadPanelView().then((view) => this.takeOver(view, resolve), () => undefined), 0));
  }

  /** The page removed the host (or a container of it) since we placed it. */
  get takenOut(): boolean {
    return this.placedAt !== null && !this.element.isConnected;
  }

  /** How long the host stood in the page before it was taken out, up to now (ms). */
  get stoodMs(): number {
    return this.placedAt === null ? 0 : performance.now() - this.placedAt;
  }

  /**
   * Shows the panel with these props, at once (docs/page-contract.md#at-once): until the panel's
   * UI has loaded, its first render holds the reminder and both numbers.
   */
  render(props: PanelProps): void {
    const last = this.props;
    this.props = props;
    // The same results, settings and hours (the callout's arrival, the host put back): the panel
    // stands as it is. Preact would diff all of it again, and each attribute set, even to the
    // same value, is a mutation record for the page's observers and ours.
    if (last && last.results === props.results && last.settings === props.settings && last.views === props.views) return;
    this.element.setAttribute('data-status', props.results.statuses.join(' '));
    this.element.setAttribute('data-count', String(props.results.matches.length));
    if (this.loaded) this.loaded.renderPanel(this.mount, props);
    // Once: a second first render would replace the reminder's role="alert" node, announced again.
    else if (!this.mount.firstChild) renderFirstPanel(this.mount, props);
  }

  /** Puts the host at this place (placement.ts), unless it stands there already. */
  place(placement: Placement): void {
    if (placement.before && placement.before.parentNode !== placement.parent) return;
    if (this.element.parentNode === placement.parent && this.element.nextSibling === placement.before) return;
    placement.parent.insertBefore(this.element, placement.before);
    this.placedAt = performance.now();
    this.watcher.disconnect();
    this.watcher.observe(this.element.getRootNode(), { childList: true, subtree: true });
  }

  /** Holds the host out of the page: it is placed again by the next place(). */
  takeOut(): void {
    this.watcher.disconnect();
    this.placedAt = null;
    this.element.remove();
  }

  /** The callout's control: the panel into view, and the focus on it. */
  bringIntoView(): void {
    const reduceMotion = this.element.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.element.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    this.mount.querySelector<HTMLElement>('.panel')?.focus({ preventScroll: true });
  }

  /**
   * The panel's UI takes over in steps, each in a task of its own, so that none holds the page's
   * main thread long: its styles, then the whole panel. Preact's first render into the mount
   * claims the nodes already there in order, by tag (the reminder's role="alert" node is the
   * second of the same tag and stays the same node), and patches their attributes and texts.
   */
  private takeOver(view: PanelView, done: (view: PanelView) => void): void {
    const steps = [
      () => {
        const style = this.element.ownerDocument.createElement('style');
        style.textContent = view.styles;
        this.mount.before(style);
      },
      () => {
        this.loaded = view;
        if (this.props) view.renderPanel(this.mount, this.props);
        done(view);
      },
    ];
    const next = () => {
      if (this.signal.aborted) return;
      steps.shift()?.();
      if (steps.length > 0) later(next, 0);
    };
    next();
  }
}
