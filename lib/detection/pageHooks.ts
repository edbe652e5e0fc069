/**
 * What a page can change without any mutation record: a shadow root attached to an element already
 * walked, a form control's value set by script, a stylesheet edited through CSSOM. This part runs in
 * the page's own world (MAIN) from document_start and fires an event for each such change; the
 * detector listens for them instead of polling.
 *
 * The events do not bubble and are not composed: they reach only the target's own tree, where the
 * content script has a capturing listener, and nothing in the page listens for them.
 */

/** On the host, inside the page's attachShadow(). */
export const SHADOW_ROOT_ATTACHED = 'shikaku-alert:shadow-root-attached';
/** On the control, after a script set its value (or a <select>'s selection, or an option's). */
export const CONTROL_VALUE_SET = 'shikaku-alert:control-value-set';
/** On the document, after a stylesheet was edited, replaced or adopted through CSSOM. */
export const STYLES_CHANGED = 'shikaku-alert:styles-changed';
/** On an element, from the content script: tell SHADOW_ROOT_ATTACHED again for the hosts inside it. */
export const SHADOW_HOSTS_ASKED = 'shikaku-alert:shadow-hosts-asked';
/** On the document: the names of custom elements defined so far (detail, a JSON array of strings). */
export const CUSTOM_ELEMENTS_DEFINED = 'shikaku-alert:custom-elements-defined';
/** On the document, from the content script: send CUSTOM_ELEMENTS_DEFINED with every name defined so far. */
export const CUSTOM_ELEMENTS_ASKED = 'shikaku-alert:custom-elements-asked';

/** The page's own functions, taken before its scripts run: a page that later replaces Reflect.apply,
 *  dispatchEvent or Event must neither break its own calls nor blind the detector. */
interface PageTools {
  win: typeof globalThis;
  notify(target: EventTarget, type: string, detail?: string): void;
}

function pageTools(win: typeof globalThis): PageTools {
  const PageEvent = win.Event;
  const PageCustomEvent = win.CustomEvent;
  const apply = win.Reflect.apply;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  return {
    win,
    notify(target, type, detail) {
      try {
        // Only a string crosses into the content script's world as it is.
        apply(dispatch, target, [detail === undefined ? new PageEvent(type) : new PageCustomEvent(type, { detail })]);
      } catch {
        // Never let our notice break the page's own call.
      }
    },
  };
}

/** Wraps a method so that `after` runs once it returned. A Proxy keeps its name, length and toString. */
function afterCall<T extends object>(tools: PageTools, fn: T, after: (self: unknown) => void): T {
  const apply = tools.win.Reflect.apply;
  return new Proxy(fn, {
    apply(target, self, args) {
      const result = apply(target as (...a: unknown[]) => unknown, self, args);
      try {
        after(self);
      } catch {
        // Never let our notice break the page's own call.
      }
      return result;
    },
  });
}

/** Wraps an accessor's setter the same way; nothing happens if the browser has no such setter. */
function afterSet(tools: PageTools, proto: object, name: string, after: (self: unknown) => void): void {
  const { Object: PageObject } = tools.win;
  const descriptor = PageObject.getOwnPropertyDescriptor(proto, name);
  if (!descriptor?.set) return;
  PageObject.defineProperty(proto, name, { ...descriptor, set: afterCall(tools, descriptor.set, after) });
}

/**
 * Each shadow root attached, on its host. The hosts are also kept (weakly): asked with
 * SHADOW_HOSTS_ASKED on an element, the ones inside it are told again — a list the content script
 * reads without visiting its elements (walk.ts) still finds a root attached before the host was
 * put in the page, or before the content script started.
 */
export function reportAttachedShadowRoots(win: typeof globalThis): void {
  const tools = pageTools(win);
  const prototype = win.Element.prototype;
  // The page's own functions, taken now: it may replace them later (index loops, no Array methods).
  const PageWeakRef = win.WeakRef;
  const contains = win.Node.prototype.contains;
  const apply = win.Reflect.apply;
  const max = win.Math.max;
  let hosts: WeakRef<Element>[] = [];
  // Pruned when the list has doubled: a page that makes and drops components all day keeps only
  // the live ones, at a cost that stays in proportion to what it made.
  let pruneAt = 1024;
  /** Calls `each` with every live host, and keeps only those. */
  const liveHosts = (each: (host: Element) => void) => {
    const alive: WeakRef<Element>[] = [];
    for (let i = 0; i < hosts.length; i++) {
      const host = hosts[i]?.deref();
      if (!host) continue;
      alive[alive.length] = hosts[i] as WeakRef<Element>;
      each(host);
    }
    hosts = alive;
    pruneAt = max(2 * alive.length, 1024);
  };
  prototype.attachShadow = afterCall(tools, prototype.attachShadow, (self) => {
    const host = self as Element;
    hosts[hosts.length] = new PageWeakRef(host);
    if (hosts.length >= pruneAt) liveHosts(() => undefined);
    tools.notify(host, SHADOW_ROOT_ATTACHED);
  });
  win.document.addEventListener(
    SHADOW_HOSTS_ASKED,
    (event) => {
      const within = event.target as Node;
      liveHosts((host) => {
        if (apply(contains, within, [host])) tools.notify(host, SHADOW_ROOT_ATTACHED);
      });
    },
    { capture: true },
  );
}

/**
 * Which custom elements the page defined (in any registry), told on the content script's request
 * and after each definition: a list of thousands of custom elements without any text of their own
 * (badges whose text is in their shadow root) is then looked into by tag name, without visiting
 * every element (lib/detection/walk.ts).
 */
export function reportCustomElementNames(win: typeof globalThis): void {
  const tools = pageTools(win);
  const doc = win.document;
  const stringify = win.JSON.stringify;
  const names: string[] = [];
  const Registry = win.CustomElementRegistry;
  if (!Registry) return;
  const apply = win.Reflect.apply;
  // A Proxy keeps the method's name, length and toString; the name is known once define() returned.
  Registry.prototype.define = new Proxy(Registry.prototype.define, {
    apply(target, self, args: unknown[]) {
      const result = apply(target as (...a: unknown[]) => unknown, self, args);
      const name = `${args[0]}`;
      names[names.length] = name;
      tools.notify(doc, CUSTOM_ELEMENTS_DEFINED, stringify([name]));
      return result;
    },
  });
  doc.addEventListener(CUSTOM_ELEMENTS_ASKED, () => tools.notify(doc, CUSTOM_ELEMENTS_DEFINED, stringify(names)));
}

/** input.value = …, textarea.value = …, select.value / selectedIndex = …, option.selected = …. */
export function reportControlValues(win: typeof globalThis): void {
  const tools = pageTools(win);
  const notify = (control: unknown) => {
    // A detached control shows nothing: not worth an event.
    if ((control as Node).isConnected) tools.notify(control as Element, CONTROL_VALUE_SET);
  };
  afterSet(tools, win.HTMLInputElement.prototype, 'value', notify);
  afterSet(tools, win.HTMLTextAreaElement.prototype, 'value', notify);
  afterSet(tools, win.HTMLSelectElement.prototype, 'value', notify);
  afterSet(tools, win.HTMLSelectElement.prototype, 'selectedIndex', notify);
  afterSet(tools, win.HTMLOptionElement.prototype, 'selected', (option) => notify((option as HTMLOptionElement).closest('select')));
}

/** insertRule, deleteRule, replace, replaceSync, disabled, and adoptedStyleSheets of documents and shadow roots. */
export function reportStyleSheetChanges(win: typeof globalThis): void {
  const tools = pageTools(win);
  const doc = win.document;
  // CSS-in-JS libraries insert rules by the thousand as a page starts: one notice per task.
  const queue = win.queueMicrotask.bind(win);
  let queued = false;
  const notify = () => {
    if (queued) return;
    queued = true;
    queue(() => {
      queued = false;
      tools.notify(doc, STYLES_CHANGED);
    });
  };
  const sheet = win.CSSStyleSheet.prototype;
  for (const name of ['insertRule', 'deleteRule', 'replaceSync', 'addRule', 'removeRule'] as const) {
    const method = sheet[name as keyof CSSStyleSheet];
    if (typeof method === 'function') Object.assign(sheet, { [name]: afterCall(tools, method, notify) });
  }
  // replace() applies the new rules later: notify when it has.
  const apply = win.Reflect.apply;
  sheet.replace = new Proxy(sheet.replace, {
    apply(target, self, args) {
      const done = apply(target, self, args) as Promise<CSSStyleSheet>;
      done.then(notify, () => undefined);
      return done;
    },
  });
  afterSet(tools, win.StyleSheet.prototype, 'disabled', notify);
  afterSet(tools, win.Document.prototype, 'adoptedStyleSheets', notify);
  afterSet(tools, win.ShadowRoot.prototype, 'adoptedStyleSheets', notify);
}
