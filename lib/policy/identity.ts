import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extensionId, manifestKey } from './extensionId';

/**
 * How policy addresses our own builds (public interface: administrators' files name these IDs).
 * Store listings get IDs of their own; docs/admin-guide.*.md says which to use.
 */

export const GECKO_ID = 'shikaku-alert@shikaku-alert.jp';

/** Public half of the release key pair; the private half is never committed (keys/README.md). */
export const RELEASE_KEY_FILE = fileURLToPath(new URL('../../keys/chromium-release.pub.pem', import.meta.url));

export function releaseManifestKey(): string {
  return manifestKey(readFileSync(RELEASE_KEY_FILE, 'utf8'));
}

/** Chrome's and Edge's ID for the builds made from this repository (outside the stores). */
export function releaseExtensionId(): string {
  return extensionId(releaseManifestKey());
}
