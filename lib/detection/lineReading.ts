import { controlText, elementOf, isInline, isRendered, isTextControl, type TextControl, type Unit } from './dom';
import { SegmentedText, Separation } from './normalise';

/**
 * How one unit's text is read as a person sees it on a line: its own text and that of its inline
 * children, a nested block or control on a line of its own, unrendered parts left out.
 */

/** A unit's line and the node each segment of it came from. */
export interface LineReading {
  seg: SegmentedText;
  sources: Node[];
}

/** Elements that show no text here (unrendered, or our own UI). */
export type SkipTest = (el: Element) => boolean;

export function readControl(control: TextControl, value = controlText(control)): LineReading {
  const seg = new SegmentedText();
  seg.append(value, 0);
  return { seg, sources: [control] };
}

/** The unit's line: its own text and that of its inline children, without the `hidden` parts. */
export function readLine(unit: Unit, hidden: readonly Element[], isSkipped: SkipTest): LineReading {
  const seg = new SegmentedText();
  const sources: Node[] = [];
  const read = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        sources.push(child);
        seg.append((child as Text).data, sources.length - 1);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (isSkipped(el) || hidden.includes(el)) {
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

/** Whether the line has inline parts at all, that styles could show or hide. */
export function hasParts(unit: Unit, isSkipped: SkipTest): boolean {
  for (let child = unit.firstElementChild; child; child = child.nextElementSibling) {
    if (isInline(child) && child.tagName !== 'BR' && child.tagName !== 'WBR' && !isSkipped(child)) return true;
  }
  return false;
}

/** Inline parts of a rendered unit that are not rendered (outermost only). */
export function hiddenParts(unit: Unit, isSkipped: SkipTest): Element[] {
  const hidden: Element[] = [];
  if (!hasParts(unit, isSkipped) || !isRendered(elementOf(unit))) return hidden;
  const visit = (parent: ParentNode) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (!isInline(child) || isTextControl(child) || isSkipped(child)) continue;
      if (!isRendered(child)) hidden.push(child);
      else visit(child);
    }
  };
  visit(unit);
  return hidden;
}
