// What a store requires of the manifest it receives, read from the package itself: a difference
// between stores is checked on every release instead of being remembered.
import type { Store } from './storeRules';

export type Manifest = Record<string, unknown>;

/** Something the manifest asks for that the listing must justify. */
export interface Requirement {
  kind: 'permissions' | 'hostAccess' | 'webAccessibleResources';
  name: string;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isHostPattern(permission: string): boolean {
  return permission.includes('://') || permission === '<all_urls>';
}

/**
 * Every permission, host pattern (host permissions and content-script matches: both give access
 * to pages) and web-accessible file of a manifest, MV2 or MV3, without repeats.
 */
export function requirements(manifest: Manifest): Requirement[] {
  const found = new Map<string, Requirement>();
  const add = (kind: Requirement['kind'], name: string) => found.set(`${kind} ${name}`, { kind, name });
  for (const permission of [...strings(manifest.permissions), ...strings(manifest.optional_permissions)]) {
    add(isHostPattern(permission) ? 'hostAccess' : 'permissions', permission);
  }
  for (const pattern of [...strings(manifest.host_permissions), ...strings(manifest.optional_host_permissions)]) add('hostAccess', pattern);
  const contentScripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as { matches?: unknown }[]) : [];
  for (const script of contentScripts) for (const pattern of strings(script.matches)) add('hostAccess', pattern);
  const resources = Array.isArray(manifest.web_accessible_resources) ? manifest.web_accessible_resources : [];
  for (const entry of resources) {
    // MV2: a list of paths; MV3: objects with `resources`.
    for (const file of typeof entry === 'string' ? [entry] : strings((entry as { resources?: unknown }).resources)) {
      add('webAccessibleResources', file);
    }
  }
  return [...found.values()];
}

function gecko(manifest: Manifest): Record<string, unknown> | undefined {
  const settings = manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined;
  return settings?.gecko;
}

/**
 * The store-specific rules: the Chrome Web Store refuses a manifest `key` (it assigns the ID);
 * Edge Add-ons refuses `update_url` (it serves updates itself), and so do the other stores; AMO
 * needs the gecko ID and, for new add-ons, `data_collection_permissions`.
 */
export function storeManifestProblems(store: Store, manifest: Manifest): string[] {
  const problems: string[] = [];
  if (manifest.update_url !== undefined) problems.push(`${store}: the manifest has update_url; store packages must not`);
  if (store === 'chrome' || store === 'edge') {
    if (manifest.key !== undefined) problems.push(`${store}: the manifest has a key; the store assigns the ID`);
    if (manifest.manifest_version !== 3) problems.push(`${store}: manifest_version must be 3`);
  } else {
    const settings = gecko(manifest);
    if (typeof settings?.id !== 'string') problems.push('firefox: browser_specific_settings.gecko.id is missing');
    if (settings?.update_url !== undefined) problems.push('firefox: gecko.update_url is set; AMO serves updates itself');
    const required = (settings?.data_collection_permissions as { required?: unknown } | undefined)?.required;
    if (JSON.stringify(required) !== JSON.stringify(['none'])) {
      problems.push(`firefox: data_collection_permissions.required must be ["none"], is ${JSON.stringify(required)}`);
    }
  }
  return problems;
}

function extensionPagesCsp(manifest: Manifest): string {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp;
  return String((csp as { extension_pages?: unknown } | undefined)?.extension_pages ?? '');
}

/**
 * The listing answers "collects nothing, sends nothing, no remote code". A manifest that lets the
 * extension pages connect out or run scripts from elsewhere would make those answers untrue.
 */
export function dataUseProblems(store: Store, manifest: Manifest): string[] {
  const csp = extensionPagesCsp(manifest);
  const directive = (name: string) => new RegExp(`(^|;)\\s*${name}\\s+([^;]*)`).exec(csp)?.[2]?.trim();
  const problems: string[] = [];
  const connect = directive('connect-src') ?? directive('default-src');
  if (connect !== "'none'") problems.push(`${store}: the CSP allows connections (connect-src ${connect ?? 'unset'}), the listing says nothing is sent`);
  if (directive('script-src') !== "'self'") problems.push(`${store}: the CSP's script-src is not 'self' only, the listing says no remote code`);
  return problems;
}
