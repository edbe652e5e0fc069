import { render } from 'preact';
import type { Placement } from '../lib/placement';
import { Panel, type PanelProps } from './Panel';
import panelCss from './panel.css?inline';
import themeCss from './theme.css?inline';

/** The contract's host element: <shikaku-alert> with an open shadow root holding all our markup. */
export const HOST_TAG = 'shikaku-alert';

/** The host itself, or anything inside its shadow root (the host may sit in a page's shadow root). */
export function isPanelNode(node: Node): boolean {
  if ((node as Element).localName === HOST_TAG) return true;
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === HOST_TAG;
}

export class PanelHost {
  readonly element: HTMLElement;
  private readonly mount: HTMLElement;

  constructor(doc: Document) {
    this.element = doc.createElement(HOST_TAG);
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = themeCss + panelCss;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
  }

  show(props: PanelProps, placement: Placement): void {
    this.element.setAttribute('data-status', props.statuses.join(' '));
    this.element.setAttribute('data-count', String(props.count));
    render(<Panel {...props} />, this.mount);
    if (this.element.parentNode !== placement.parent || this.element.nextSibling !== placement.before) {
      placement.parent.insertBefore(this.element, placement.before);
    }
  }

  remove(): void {
    render(null, this.mount);
    this.element.remove();
  }
}
