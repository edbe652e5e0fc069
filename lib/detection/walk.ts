import { UNRENDERED_TAGS } from './dom';

/**
 * The detector's first reading of a subtree, resumable so that it runs in slices.
 *
 * Visiting a node costs more than the node's share of its text: each node the walk touches needs
 * its own object in our script's world, and each text node's string one more. So a container of
 * many children (a list of 20,000 rows) is read a chunk of children at a time: one call gives the
 * chunk's text, and when no trigger character is in it, only its elements are visited (form
 * controls and shadow hosts hold text the chunk's text does not show).
 */

/** What the walk asks of its detector. */
export interface WalkVisitor {
  hasTrigger(text: string): boolean;
  visitText(text: Text): void;
  /** Visits an element; false when its subtree is never read (scripts, unrendered, our panel). */
  enter(el: Element): boolean;
  /** A container met on the way, to be read by a walk of its own. */
  queue(walk: Walk): void;
  /**
   * The tag names of the elements a subtree whose text holds no trigger character can still show
   * one through (form controls, defined custom elements); null: every element must be visited.
   */
  textFreeTags(): readonly string[] | null;
  /** Elements inside `container` given a shadow root by script: have them entered (pageHooks.ts). */
  enterShadowHostsWithin(container: Element): void;
}

// A container has this many child elements or more; its chunks are about twice as many nodes (the
// white space between rows counts too).
const CONTAINER_CHILDREN = 32;
const CHUNK_NODES = 64;
const DEADLINE_EVERY = 256;
const WHOLE_TEXT_NODES = 300_000;

function isContainer(el: Element): boolean {
  return isContainerRun(el.childElementCount);
}

/** Whether this many children, added together, are read like a container's. */
export function isContainerRun(children: number): boolean {
  return children >= CONTAINER_CHILDREN;
}

export class Walk {
  private walker: TreeWalker;
  private next: Node | null;
  /** The first node after the current chunk: always an element, which every walker shows. */
  private end: Node | null = null;
  /** The current chunk's text holds no trigger character: its text nodes are not visited. */
  private textFree = false;
  /** The whole container's text holds none: no chunk needs looking at. */
  private wholeTextFree = false;
  /** For a container whose text holds none: the elements it can still show text through, by tag. */
  private listed: HTMLCollectionOf<Element>[] | null = null;
  private listedIndex = 0;

  private constructor(
    root: Node,
    /** Read a chunk of children at a time (null: the whole subtree at once). */
    private readonly container: Node | null,
    /** For a container: the child (an element) where the walk stops; null for its last child. */
    private readonly stop: Node | null = null,
  ) {
    // No filter callback: calling into script for each of a million nodes costs more than the
    // visit itself. Skipped subtrees are stepped over in step().
    this.walker = documentOf(root).createTreeWalker(root, SHOW_ALL_TEXT);
    this.next = container ? null : root;
  }

  /** A whole subtree (a document, a shadow root, an added node); null when it is never read. */
  static of(root: Node, visitor: WalkVisitor): Walk | null {
    if (root.nodeType !== Node.ELEMENT_NODE) return new Walk(root, null);
    const el = root as Element;
    if (!visitor.enter(el)) return null;
    if (isContainer(el)) return Walk.ofChildren(el, el.firstChild, null, visitor);
    const walk = new Walk(el, null);
    walk.next = walk.walker.nextNode();
    return walk;
  }

  /**
   * The children of `parent` from `first` up to `stop` (exclusive; null: to the last one), with
   * their subtrees: the nodes a page added in one go, like the rows of a list set by innerHTML.
   */
  static ofChildren(parent: Node, first: Node | null, stop: Node | null, visitor: WalkVisitor): Walk {
    let stopElement = stop;
    while (stopElement && stopElement.nodeType !== Node.ELEMENT_NODE) stopElement = stopElement.nextSibling;
    const walk = new Walk(parent, parent, stopElement);
    // All of a container no bigger than a 20,000-row table is judged in one call (5 ms there),
    // instead of one call per child; a bigger one, chunk by chunk, to keep each call short.
    walk.wholeTextFree =
      first === parent.firstChild &&
      stop === null &&
      estimatedNodes(parent) <= WHOLE_TEXT_NODES &&
      !visitor.hasTrigger(parent.textContent ?? '');
    const tags = walk.wholeTextFree ? visitor.textFreeTags() : null;
    if (tags !== null && parent.nodeType === Node.ELEMENT_NODE) {
      // Its elements are not visited (a 20,000-row list is 140,000 of them): only those of these
      // tags (the browser keeps such lists; a selector matched against every element costs 3×).
      walk.listed = tags.map((tag) => (parent as Element).getElementsByTagName(tag));
      visitor.enterShadowHostsWithin(parent as Element);
      return walk;
    }
    walk.startChunk(first, visitor);
    return walk;
  }

  /** These elements only (not their subtrees), entered one by one: the elements of one tag in a document. */
  static ofElements(elements: HTMLCollectionOf<Element>): Walk {
    const doc = documentOf(elements[0] ?? document);
    const walk = new Walk(doc, doc);
    walk.listed = [elements];
    return walk;
  }

  /** Walks up to the deadline; false when the walk is finished. */
  advance(visitor: WalkVisitor, deadline: number): boolean {
    if (this.listed) return this.advanceListed(visitor, deadline);
    let steps = 0;
    for (;;) {
      while (this.next && this.next !== this.end) {
        this.step(this.next, visitor);
        if (++steps % DEADLINE_EVERY === 0 && performance.now() > deadline) return true;
      }
      // The chunk's end may have been taken out meanwhile: the walker went on to the container's end.
      if (!this.container || !this.end || this.end === this.stop || this.end.parentNode !== this.container) return false;
      this.startChunk(this.end, visitor);
    }
  }

  private advanceListed(visitor: WalkVisitor, deadline: number): boolean {
    const listed = this.listed as HTMLCollectionOf<Element>[];
    const container = this.container as Node;
    for (let collection = listed[0]; collection; collection = listed[0]) {
      while (this.listedIndex < collection.length) {
        const el = collection[this.listedIndex++] as Element;
        // Inside a subtree that is never read (an object's fallback content): not shown.
        const skipped = el.parentElement?.closest(UNREAD_SELECTOR);
        if (!skipped || !container.contains(skipped)) visitor.enter(el);
        if (this.listedIndex % DEADLINE_EVERY === 0 && performance.now() > deadline) return true;
      }
      listed.shift();
      this.listedIndex = 0;
    }
    return false;
  }

  private step(node: Node, visitor: WalkVisitor): void {
    const walker = this.walker;
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      if (!this.textFree) visitor.visitText(node as Text);
    } else if (type === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!visitor.enter(el)) {
        this.next = nextOutside(walker, el);
        return;
      }
      // A container inside a text-free chunk is text-free too: no need to chunk it again.
      if (!this.textFree && isContainer(el)) {
        visitor.queue(Walk.ofChildren(el, el.firstChild, null, visitor));
        this.next = nextOutside(walker, el);
        return;
      }
    }
    this.next = walker.nextNode();
  }

  /** Takes the next chunk of the container's children, starting at `first`. */
  private startChunk(first: Node | null, visitor: WalkVisitor): void {
    this.next = first;
    this.end = null;
    if (!first) return;
    const container = this.container as Node;
    const stop = this.stop;
    let end: Node | null = first;
    for (let i = 0; i < CHUNK_NODES && end && end !== stop; i++) end = end.nextSibling;
    while (end && end !== stop && end.nodeType !== Node.ELEMENT_NODE) end = end.nextSibling;
    const textFree = this.wholeTextFree || chunkTextFree(first, end, visitor);
    this.textFree = textFree;
    this.walker = documentOf(container).createTreeWalker(container, textFree ? NodeFilter.SHOW_ELEMENT : SHOW_ALL_TEXT);
    this.walker.currentNode = first;
    this.end = end;
  }
}

const SHOW_ALL_TEXT = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
const UNREAD_SELECTOR = UNRENDERED_TAGS.join(', ');

/** Whether the children from `first` up to `end` hold no trigger character in their text. */
function chunkTextFree(first: Node, end: Node | null, visitor: WalkVisitor): boolean {
  // Each child's textContent, not a Range over the chunk: Range#toString costs four times as much.
  for (let child: Node | null = first; child && child !== end; child = child.nextSibling) {
    if (visitor.hasTrigger(child.textContent ?? '')) return false;
  }
  return true;
}

/** Roughly how many nodes a container holds, judged by its first child (rows are alike). */
function estimatedNodes(container: Node): number {
  const sample = container.firstChild;
  const perChild = sample && sample.nodeType === Node.ELEMENT_NODE ? 1 + 2 * (sample as Element).childElementCount : 1;
  return container.childNodes.length * perChild;
}

function documentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/** The node after `node`'s subtree in the walker's order (null at the end of its root). */
function nextOutside(walker: TreeWalker, node: Node): Node | null {
  walker.currentNode = node;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
