// `npx tsx scripts/release/sbom.ts <release dir>` (run by `npm run release` after the zips are
// built): writes sbom.cdx.json, the CycloneDX SBOM of everything that ships in the zips, from
// `npm sbom` and the bundled-package lists the builds left in .output/ (modules/bundled-packages.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../lib/setup.mjs';
import { BUNDLED_PACKAGES_FILE, type BundledPackage } from './bundledPackages';
import { type CycloneDx, releaseSbom } from './sbomDocument';

export const SBOM_FILE = 'sbom.cdx.json';
const BUILDS = ['chrome', 'firefox'];

function npmSbom(...extra: string[]): CycloneDx {
  const result = spawnSync('npm', ['sbom', '--sbom-format', 'cyclonedx', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm sbom ${extra.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as CycloneDx;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/release/sbom.ts <release dir>');
  process.exit(1);
}
const bundled: Record<string, BundledPackage[]> = {};
for (const build of BUILDS) {
  const file = path.join(root, '.output', BUNDLED_PACKAGES_FILE(build));
  // Without the list the SBOM would miss inlined code: refuse rather than under-report.
  if (!existsSync(file)) throw new Error(`${file} is missing: build the ${build} package first (wxt zip -b ${build})`);
  bundled[build] = JSON.parse(readFileSync(file, 'utf8')) as BundledPackage[];
}
const { name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string };
const sbom = releaseSbom(npmSbom('--omit', 'dev'), npmSbom(), bundled, name);
writeFileSync(path.join(dir, SBOM_FILE), `${JSON.stringify(sbom, null, 2)}\n`);
console.log(`  ${SBOM_FILE}: ${sbom.components.map((c) => `${c.name}@${c.version}`).join(', ')}`);
