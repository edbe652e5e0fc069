// The store pictures: screenshots and tiles flattened to 24-bit RGB, the icon kept with its
// transparent padding; every picture checked against its rule before it is written.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Listing } from './listing';
import { iconPaddingProblems, imageProblems, toOpaqueRgb } from './png';
import { takeScreenshots } from './storeShots';
import { renderArt } from './storeArt';
import { IMAGE_SIZES, STORE_RULES } from './storeRules';

export interface ImageRule {
  width: number;
  height: number;
  alpha: boolean;
}

/** The rule of a picture, by its file name (store/images/…). */
export function imageRule(name: string): ImageRule {
  if (name.startsWith('screenshots/')) return { ...IMAGE_SIZES.screenshot, alpha: false };
  if (name.startsWith('promo-small')) return { ...IMAGE_SIZES.promoSmall, alpha: false };
  if (name.startsWith('marquee')) return { ...IMAGE_SIZES.marquee, alpha: false };
  if (name.startsWith('icon-128')) return { ...IMAGE_SIZES.icon, alpha: true };
  throw new Error(`No rule for the picture "${name}"`);
}

/** Every problem of a set of store pictures (name → PNG), their count included. */
export function storeImageProblems(images: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [name, png] of images) {
    const rule = imageRule(name);
    problems.push(...imageProblems(name, png, rule));
    if (rule.alpha) problems.push(...iconPaddingProblems(name, png, IMAGE_SIZES.icon.width, IMAGE_SIZES.iconArtwork));
  }
  const screenshots = [...images.keys()].filter((name) => name.startsWith('screenshots/')).length;
  const allowed = Math.min(STORE_RULES.chrome.screenshotsMax, STORE_RULES.edge.screenshotsMax);
  if (screenshots < 1 || screenshots > allowed) problems.push(`${screenshots} screenshots; the stores take 1 to ${allowed}`);
  return problems;
}

export interface ImageInput {
  root: string;
  executablePath: string;
  /** Unpacked test build (for its pinned clock); see storeShots.ts. */
  extensionDir: string;
  listing: Listing;
  name: string;
}

/** Renders, flattens and checks the pictures; writes them only when all pass. */
export async function writeStoreImages(input: ImageInput, imagesDir: string): Promise<{ files: string[]; problems: string[] }> {
  const { screenshots, panel } = await takeScreenshots(input.root, input.executablePath, input.extensionDir);
  const art = await renderArt({ ...input, panel });
  const images = new Map<string, Buffer>();
  for (const [name, png] of screenshots) images.set(`screenshots/${name}`, toOpaqueRgb(png));
  for (const [name, png] of art) images.set(name, imageRule(name).alpha ? png : toOpaqueRgb(png));
  const problems = storeImageProblems(images);
  if (problems.length > 0) return { files: [], problems };
  const files: string[] = [];
  for (const [name, png] of images) {
    const file = path.join(imagesDir, `${name}.png`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    files.push(file);
  }
  return { files, problems };
}
