import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageOfModule } from '../../scripts/release/bundledPackages';
import { BUNDLED_PROPERTY, type CycloneDx, releaseSbom } from '../../scripts/release/sbomDocument';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }>;
};

function npmSbom(...extra: string[]): CycloneDx {
  const result = spawnSync('npm', ['sbom', '--sbom-format', 'cyclonedx', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as CycloneDx;
}

const lockVersion = (name: string) => lock.packages[`node_modules/${name}`]?.version;
/**
 * Installed packages that are not dev-only: the runtime dependencies and theirs. devOptional ones
 * are needed only by dev dependencies or as an optional peer (preact-render-to-string): they don't ship.
 */
const runtimePackages = Object.entries(lock.packages)
  .filter(([where, entry]) => where.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
  .map(([where, entry]) => ({ name: where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));
const wxt = { name: 'wxt', version: lockVersion('wxt') as string };

describe('the release SBOM', () => {
  const runtime = npmSbom('--omit', 'dev');
  const full = npmSbom();
  const sbom = releaseSbom(runtime, full, { chrome: [wxt], firefox: [wxt] }, pkg.name);
  const named = new Map(sbom.components.map((component) => [component.name, component]));

  it('names every runtime dependency of package.json, and every package they pull in, with its exact version', () => {
    expect(runtimePackages.length).toBeGreaterThanOrEqual(Object.keys(pkg.dependencies).length);
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      expect(named.get(name)?.version, `${name} in the SBOM`).toBe(lockVersion(name));
      expect(range, `${name} is pinned in package.json`).toBe(lockVersion(name));
    }
    for (const { name, version } of runtimePackages) expect(named.get(name)?.version, `${name} (transitive) in the SBOM`).toBe(version);
  });

  it('adds what the bundler inlined from dev dependencies, marked with the builds it ships in', () => {
    const component = named.get('wxt');
    expect(component?.version).toBe(wxt.version);
    expect(component?.properties).toContainEqual({ name: BUNDLED_PROPERTY, value: 'chrome firefox' });
    expect(named.has('vite'), 'a dev dependency that is not bundled stays out').toBe(false);
    expect(() => releaseSbom(runtime, full, { chrome: [{ name: 'wxt', version: '0.0.0-nowhere' }] }, pkg.name)).toThrow(/does not know wxt@0\.0\.0-nowhere/);
  });

  it('gives each component a licence', () => {
    for (const component of sbom.components) expect(component.licenses, component['bom-ref']).toEqual(expect.arrayContaining([expect.anything()]));
  });

  it('is the same bytes however npm ordered its output, with no time stamp, serial number or folder name', () => {
    const shuffled = { ...runtime, components: [...runtime.components].reverse(), dependencies: [...(runtime.dependencies ?? [])].reverse() };
    const again = releaseSbom({ ...shuffled, serialNumber: 'urn:uuid:other', metadata: { ...runtime.metadata, timestamp: '1999-01-01' } }, full, { firefox: [wxt], chrome: [wxt] }, pkg.name);
    expect(JSON.stringify(again)).toBe(JSON.stringify(sbom));
    expect(sbom).not.toHaveProperty('serialNumber');
    expect(sbom.metadata).not.toHaveProperty('timestamp');
    expect(sbom.metadata.component.name).toBe(pkg.name);
  });

  it('finds a bundled module’s package and version from its path', () => {
    const file = path.join(root, 'node_modules/@holiday-jp/holiday_jp/package.json');
    expect(packageOfModule(path.join(root, 'node_modules/preact/dist/preact.module.js'))).toEqual({ name: 'preact', version: lockVersion('preact') });
    expect(packageOfModule(`${path.dirname(file)}/lib/holidays.js?commonjs-proxy`)).toEqual({ name: '@holiday-jp/holiday_jp', version: lockVersion('@holiday-jp/holiday_jp') });
    expect(packageOfModule(path.join(root, 'lib/settings/definition.ts')), 'our own code is not a package').toBeUndefined();
  });
});
