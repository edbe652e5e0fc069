import { CONTROL_VALUE_SET, SHADOW_ROOT_ATTACHED, STYLES_CHANGED } from './pageHooks';

/**
 * What the detector hears besides mutation records: a person's input, and whatever can change
 * what is shown or read without a mutation (events, and the page-world hooks' notices).
 */

export interface PageSignalHandlers {
  /** A person typed into or changed a control (its value fires no mutation). */
  onInput(target: EventTarget | undefined): void;
  /** What is rendered may have changed without a mutation. */
  onLayout(): void;
  /** A script set a control's value. */
  onControlValueSet(control: Element): void;
  /** A shadow root was attached to `host` after the detector walked it. */
  onShadowRootAttached(host: Element): void;
}

/** The mutation records the detector follows in every tree it reads. */
export const OBSERVED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // What can show or hide a result, or change a control's shown value.
  attributeFilter: ['class', 'style', 'hidden', 'open', 'slot', 'media', 'disabled', 'value', 'selected', 'type'],
};

// Popovers and <details> (toggle), stylesheets that finished loading (load), CSS transitions and
// animations, a form reset: rendered text may differ afterwards, with no mutation record.
const LAYOUT_EVENTS = ['toggle', 'load', 'transitionend', 'animationend', 'reset'];

/** The document's own signals, until `signal` aborts. */
export function listenToDocument(doc: Document, signal: AbortSignal, handlers: PageSignalHandlers): void {
  const onInput = (event: Event) => handlers.onInput(event.composedPath()[0]);
  doc.addEventListener('input', onInput, { capture: true, signal });
  doc.addEventListener('change', onInput, { capture: true, signal });
  const onLayout = () => handlers.onLayout();
  for (const type of LAYOUT_EVENTS) doc.addEventListener(type, onLayout, { capture: true, passive: true, signal });
  doc.addEventListener(STYLES_CHANGED, onLayout, { signal });
  doc.defaultView?.addEventListener('resize', onLayout, { passive: true, signal });
}

/**
 * The page-world hooks' notices inside one tree (the document or a shadow root): they do not
 * cross tree boundaries. No `signal` here: it would keep every shadow root we ever saw alive until
 * the abort; the handlers check it instead.
 */
export function listenToTree(root: Document | ShadowRoot, signal: AbortSignal, handlers: PageSignalHandlers): void {
  root.addEventListener(
    SHADOW_ROOT_ATTACHED,
    (event) => {
      if (!signal.aborted) handlers.onShadowRootAttached(event.target as Element);
    },
    { capture: true },
  );
  root.addEventListener(
    CONTROL_VALUE_SET,
    (event) => {
      if (!signal.aborted) handlers.onControlValueSet(event.target as Element);
    },
    { capture: true },
  );
}
