import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { BUNDLED_PACKAGES_FILE, type BundledPackage, packageOfModule } from '../scripts/release/bundledPackages';

/**
 * Which npm packages the bundler inlined into this build (code of theirs that ships in the zip),
 * read from Rollup's own module list, for the release's SBOM (scripts/release/sbom.ts). Beside the
 * build folder, never inside it: the zips stay as they are.
 */
export default defineWxtModule((wxt) => {
  const file = () => path.join(wxt.config.outBaseDir, BUNDLED_PACKAGES_FILE(wxt.config.browser));
  wxt.hook('build:before', () => {
    rmSync(file(), { force: true });
  });
  wxt.hook('vite:build:extendConfig', (_entrypoints, config) => {
    config.plugins = [...(config.plugins ?? []), recordBundledPackages(file)];
  });
});

/** Every build of one run (entrypoint groups, the panel view) adds to the same file. */
function recordBundledPackages(file: () => string): Plugin {
  return {
    name: 'shikaku-alert:bundled-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = new Map<string, BundledPackage>();
      const target = file();
      if (existsSync(target)) for (const known of JSON.parse(readFileSync(target, 'utf8')) as BundledPackage[]) found.set(known.name, known);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          // Tree-shaken away entirely: nothing of it ships.
          if (module.renderedLength === 0) continue;
          const bundled = packageOfModule(id);
          if (bundled) found.set(bundled.name, bundled);
        }
      }
      const sorted = [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
      writeFileSync(target, `${JSON.stringify(sorted, null, 2)}\n`);
    },
  };
}
