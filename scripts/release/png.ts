// The stores' picture rules for PNG files: exact size, and for screenshots and promo tiles 24-bit RGB
// without an alpha channel (Chromium's screenshots are RGBA; the stores refuse or flatten alpha).
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPES: Record<number, string> = { 0: 'grey', 2: 'RGB', 3: 'palette', 4: 'grey+alpha', 6: 'RGBA' };

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** A tRNS chunk: transparency without an alpha channel. */
  transparency: boolean;
}

/** Reads the header chunks of a PNG (no decoding). */
export function pngInfo(png: Buffer): PngInfo {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('Not a PNG file');
  }
  let transparency = false;
  for (let at = 8; at + 8 <= png.length; ) {
    const size = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tRNS') transparency = true;
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + size;
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24] as number, colorType: png[25] as number, transparency };
}

/** Why a picture does not meet its rule: the size, and (opaque pictures) 24-bit RGB without alpha. */
export function imageProblems(name: string, png: Buffer, rule: { width: number; height: number; alpha: boolean }): string[] {
  let info: PngInfo;
  try {
    info = pngInfo(png);
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (info.width !== rule.width || info.height !== rule.height) {
    problems.push(`${name}: ${info.width}×${info.height}, must be ${rule.width}×${rule.height}`);
  }
  const kind = `${info.bitDepth}-bit ${COLOR_TYPES[info.colorType] ?? `colour type ${info.colorType}`}`;
  if (!rule.alpha && (info.colorType !== 2 || info.bitDepth !== 8 || info.transparency)) {
    problems.push(`${name}: ${kind}${info.transparency ? ' with tRNS' : ''}, must be 24-bit RGB without alpha`);
  }
  if (rule.alpha && (info.colorType !== 6 || info.bitDepth !== 8)) problems.push(`${name}: ${kind}, must be 8-bit RGBA`);
  return problems;
}

/** A 24-bit RGB PNG of the picture, laid on white where it was not opaque. */
export function toOpaqueRgb(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = (data[i + 3] as number) / 255;
    if (alpha === 1) continue;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round((data[i + c] as number) * alpha + 255 * (1 - alpha));
    data[i + 3] = 255;
  }
  return PNG.sync.write(image, { colorType: 2, inputColorType: 6, inputHasAlpha: true });
}

/**
 * Chrome's store icon: 128×128 with the artwork inside the centred `artwork`×`artwork` square and
 * the padding around it fully transparent.
 */
export function iconPaddingProblems(name: string, png: Buffer, size: number, artwork: number): string[] {
  const { width, height, data } = PNG.sync.read(png);
  if (width !== size || height !== size) return [`${name}: ${width}×${height}, must be ${size}×${size}`];
  const margin = (size - artwork) / 2;
  let paintedOutside = 0;
  let paintedInside = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = data[(y * size + x) * 4 + 3] as number;
      const inside = x >= margin && x < size - margin && y >= margin && y < size - margin;
      if (alpha > 0 && inside) paintedInside++;
      if (alpha > 0 && !inside) paintedOutside++;
    }
  }
  const problems: string[] = [];
  if (paintedOutside > 0) problems.push(`${name}: ${paintedOutside} pixels drawn in the ${margin}-pixel transparent padding`);
  if (paintedInside < artwork * artwork * 0.5) problems.push(`${name}: the ${artwork}×${artwork} artwork is mostly empty`);
  return problems;
}
