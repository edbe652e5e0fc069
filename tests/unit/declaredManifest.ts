// The manifest the build will produce, assembled without building: wxt.config.ts's manifest and
// its manifestGenerated hook, plus every content script's matches (entrypoints/). The release
// checks the real packages too (scripts/release/store.ts); this keeps the unit tests build-free.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

type Manifest = Record<string, unknown>;

export async function declaredManifest(browser: 'chrome' | 'firefox', { storePackage = true } = {}): Promise<Manifest> {
  vi.stubEnv('STORE_PACKAGE', storePackage ? '1' : '');
  vi.resetModules();
  const { default: config } = await import('../../wxt.config');
  vi.unstubAllEnvs();
  const env = { browser, manifestVersion: browser === 'firefox' ? 2 : 3, command: 'build', mode: 'production' };
  const declared = (typeof config.manifest === 'function' ? await config.manifest(env as never) : config.manifest) as Manifest;
  // WXT adds the manifest version as it builds.
  const manifest: Manifest = { manifest_version: env.manifestVersion, ...declared };
  const dir = path.resolve(import.meta.dirname, '../../entrypoints');
  const scripts = readdirSync(dir).filter((file) => file === 'content.ts' || file.endsWith('.content.ts'));
  // The entry files import the content script's modules, which read DOM constants at load.
  vi.stubGlobal('NodeFilter', { SHOW_ELEMENT: 1, SHOW_TEXT: 4 });
  manifest.content_scripts = await Promise.all(
    scripts.map(async (file) => {
      const { default: entry } = (await import(path.join(dir, file))) as { default: { matches: string[] } };
      return { matches: entry.matches };
    }),
  );
  vi.unstubAllGlobals();
  const hook = (config.hooks as Record<string, unknown> | undefined)?.['build:manifestGenerated'] as ((wxt: unknown, manifest: Manifest) => void) | undefined;
  hook?.({ config: { browser } }, manifest);
  return manifest;
}
