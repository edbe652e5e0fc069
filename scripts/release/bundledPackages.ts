import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A package whose code the bundler put into a build. */
export interface BundledPackage {
  name: string;
  version: string;
}

/** Written next to the build folders by modules/bundled-packages.ts, one per browser. */
export const BUNDLED_PACKAGES_FILE = (browser: string) => `bundled-packages-${browser}.json`;

/**
 * The package a bundled module belongs to: the last node_modules/<name> (or @scope/name) of its
 * path, versioned by that folder's package.json. Our own modules and virtual ones give undefined.
 */
export function packageOfModule(moduleId: string): BundledPackage | undefined {
  const file = moduleId.replace(/^\0/, '').split('?')[0] as string;
  const normalised = file.split(path.sep).join('/');
  const at = normalised.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = normalised.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  if (!name) return undefined;
  const manifest = path.join(normalised.slice(0, at), 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
  return version ? { name, version } : undefined;
}
