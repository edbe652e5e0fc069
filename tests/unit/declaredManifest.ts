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
  for (const hook of await manifestHooks()) hook({ config: { browser } }, manifest);
  return manifest;
}

type ManifestHook = (wxt: unknown, manifest: Manifest) => void;

/** The build:manifestGenerated hooks of the local WXT modules (modules/), as WXT would run them. */
async function manifestHooks(): Promise<ManifestHook[]> {
  const dir = path.resolve(import.meta.dirname, '../../modules');
  const hooks: ManifestHook[] = [];
  const wxt = {
    config: {},
    hook: (name: string, fn: ManifestHook) => {
      if (name === 'build:manifestGenerated') hooks.push(fn);
    },
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const { default: module } = (await import(path.join(dir, file))) as { default: { setup(wxt: unknown): void } };
    module.setup(wxt);
  }
  return hooks;
}
