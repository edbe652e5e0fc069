import type { BundledPackage } from './bundledPackages';

/**
 * The release's SBOM (CycloneDX JSON) from what npm itself reports (`npm sbom`): the runtime
 * dependency tree (`--omit dev`) plus every package the bundler inlined into a zip (wxt's browser
 * helpers are dev dependencies, yet their code ships). Normalised so that one commit gives one
 * file, byte for byte: no time stamp or random serial number, components and dependencies sorted,
 * and the project named after package.json, not after the folder it was built in.
 */

interface Component {
  'bom-ref': string;
  name: string;
  version: string;
  properties?: { name: string; value: string }[];
  [key: string]: unknown;
}

interface Dependency {
  ref: string;
  dependsOn?: string[];
}

export interface CycloneDx {
  serialNumber?: string;
  metadata: { timestamp?: string; component: { name: string; 'bom-ref': string; [key: string]: unknown }; [key: string]: unknown };
  components: Component[];
  dependencies?: Dependency[];
  [key: string]: unknown;
}

/** Marks what the bundler inlined (the property is ours; CycloneDX allows any name). */
export const BUNDLED_PROPERTY = 'shikaku-alert:bundled-into';

const byRef = (a: { 'bom-ref': string }, b: { 'bom-ref': string }) => (a['bom-ref'] < b['bom-ref'] ? -1 : a['bom-ref'] > b['bom-ref'] ? 1 : 0);

function sortedUnique(items: readonly string[]): string[] {
  return [...new Set(items)].sort();
}

/** `bundled`: per browser build ("chrome", "firefox"), the packages modules/bundled-packages.ts found. */
export function releaseSbom(runtime: CycloneDx, full: CycloneDx, bundled: Record<string, readonly BundledPackage[]>, projectName: string): CycloneDx {
  const components = new Map<string, Component>(runtime.components.map((component) => [component['bom-ref'], structuredClone(component)]));
  // `npm sbom --omit dev` (npm 11.19) leaves out a runtime package that sits in a cycle with a
  // dev-only optional peer (preact ↔ preact-render-to-string); the full report still marks it
  // required and not development, so those are taken from there too.
  for (const component of full.components) {
    const development = component.properties?.some((p) => p.name === 'cdx:npm:package:development' && p.value === 'true');
    if (component.scope === 'required' && !development && !components.has(component['bom-ref'])) {
      components.set(component['bom-ref'], structuredClone(component));
    }
  }
  const builds = Object.keys(bundled).sort();
  for (const build of builds) {
    for (const { name, version } of bundled[build] ?? []) {
      const found = full.components.find((component) => component.name === name && component.version === version);
      if (!found) throw new Error(`npm sbom does not know ${name}@${version}, which the ${build} build bundles`);
      const component = components.get(found['bom-ref']) ?? structuredClone(found);
      const others = (component.properties ?? []).filter((property) => property.name !== BUNDLED_PROPERTY);
      const before = component.properties?.find((property) => property.name === BUNDLED_PROPERTY)?.value.split(' ') ?? [];
      component.properties = [...others, { name: BUNDLED_PROPERTY, value: sortedUnique([...before, build]).join(' ') }];
      components.set(found['bom-ref'], component);
    }
  }
  const kept = new Set([runtime.metadata.component['bom-ref'], ...components.keys()]);
  const dependencies = [...(runtime.dependencies ?? []), ...(full.dependencies ?? []).filter((d) => !runtime.dependencies?.some((r) => r.ref === d.ref))]
    .filter((dependency) => kept.has(dependency.ref))
    .map((dependency) => ({ ref: dependency.ref, dependsOn: sortedUnique((dependency.dependsOn ?? []).filter((ref) => kept.has(ref))) }))
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const { serialNumber: _serial, ...document } = structuredClone(runtime);
  const { timestamp: _time, ...metadata } = document.metadata;
  return {
    ...document,
    metadata: { ...metadata, component: { ...metadata.component, name: projectName } },
    components: [...components.values()].sort(byRef),
    dependencies,
  };
}
