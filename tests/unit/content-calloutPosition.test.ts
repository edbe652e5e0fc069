import { describe, expect, it } from 'vitest';
import { type Box, calloutPosition } from '../../lib/content/calloutPosition';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height, height });
const CALLOUT = { width: 200, height: 30 };
const VIEWPORT = { width: 1000, height: 600 };

describe('calloutPosition: beside the result, never over it', () => {
  it('right of the result, centred on its line, where it fits', () => {
    expect(calloutPosition(box(100, 100, 80, 40), CALLOUT, VIEWPORT)).toEqual({ left: 188, top: 105 });
  });

  it('left of the result when the right side would reach past the viewport (scrollbar excluded)', () => {
    expect(calloutPosition(box(700, 100, 100, 40), CALLOUT, VIEWPORT)).toEqual({ left: 492, top: 105 });
  });

  it('below the result when neither side has room, above it at the viewport’s bottom', () => {
    expect(calloutPosition(box(50, 100, 900, 40), CALLOUT, VIEWPORT)).toEqual({ left: 50, top: 144 });
    expect(calloutPosition(box(50, 560, 900, 30), CALLOUT, VIEWPORT)).toEqual({ left: 50, top: 526 });
  });
});
