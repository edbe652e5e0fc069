import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { iconPaddingProblems, imageProblems, pngInfo, toOpaqueRgb } from '../../scripts/release/png';
import { imageRule, storeImageProblems } from '../../scripts/release/storeImages';

/** An RGBA PNG as Chromium writes screenshots; `paint` gives each pixel's RGBA. */
function rgba(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) png.data.set(paint(x, y), (y * width + x) * 4);
  }
  return PNG.sync.write(png);
}

const opaque = (width: number, height: number) => rgba(width, height, (x, y) => [x % 256, y % 256, 128, 255]);

describe('store picture rules', () => {
  test('Chromium-style RGBA screenshots are refused, and pass once flattened to 24-bit RGB', () => {
    const shot = opaque(1280, 800);
    expect(pngInfo(shot).colorType).toBe(6);
    expect(imageProblems('shot', shot, { width: 1280, height: 800, alpha: false })).toEqual(['shot: 8-bit RGBA, must be 24-bit RGB without alpha']);
    const flat = toOpaqueRgb(shot);
    expect(pngInfo(flat)).toEqual({ width: 1280, height: 800, bitDepth: 8, colorType: 2, transparency: false });
    expect(imageProblems('shot', flat, { width: 1280, height: 800, alpha: false })).toEqual([]);
  });

  test('flattening keeps the pixels and lays translucent ones on white', () => {
    const source = rgba(2, 1, (x) => (x === 0 ? [10, 20, 30, 255] : [0, 0, 0, 0]));
    const flat = PNG.sync.read(toOpaqueRgb(source));
    expect([...flat.data]).toEqual([10, 20, 30, 255, 255, 255, 255, 255]);
  });

  test('a picture of the wrong size is refused', () => {
    expect(imageProblems('tile', toOpaqueRgb(opaque(440, 281)), { width: 440, height: 280, alpha: false })).toEqual([
      'tile: 440×281, must be 440×280',
    ]);
  });

  test('the icon: 96×96 artwork in 128×128, transparent around it', () => {
    const inside = (x: number, y: number) => x >= 16 && x < 112 && y >= 16 && y < 112;
    const good = rgba(128, 128, (x, y) => (inside(x, y) ? [185, 58, 11, 255] : [0, 0, 0, 0]));
    expect(imageProblems('icon', good, { width: 128, height: 128, alpha: true })).toEqual([]);
    expect(iconPaddingProblems('icon', good, 128, 96)).toEqual([]);
    const bleeding = rgba(128, 128, (x, y) => (x >= 8 && x < 120 && y >= 8 && y < 120 ? [185, 58, 11, 255] : [0, 0, 0, 0]));
    expect(iconPaddingProblems('icon', bleeding, 128, 96)).toEqual(['icon: 3328 pixels drawn in the 16-pixel transparent padding']);
    expect(iconPaddingProblems('icon', rgba(128, 128, () => [0, 0, 0, 0]), 128, 96)).toEqual(['icon: the 96×96 artwork is mostly empty']);
  });

  test('the set: sizes by name, and no more screenshots than Chrome takes', () => {
    expect(imageRule('screenshots/1-x')).toEqual({ width: 1280, height: 800, alpha: false });
    expect(imageRule('marquee-1400x560')).toEqual({ width: 1400, height: 560, alpha: false });
    const shot = toOpaqueRgb(opaque(1280, 800));
    const six = new Map(Array.from({ length: 6 }, (_, i) => [`screenshots/${i}`, shot] as const));
    expect(storeImageProblems(six)).toEqual(['6 screenshots; the stores take 1 to 5']);
    six.delete('screenshots/5');
    expect(storeImageProblems(six)).toEqual([]);
  });
});
