import { hostRestrictionEntry } from '../settings/hostRestriction';
import { POLICY_KEYS, type PolicyValue } from './policySettings';

/**
 * Policy documents in JSON: the managed-policy files of Chrome, Chromium and Edge on Linux (one
 * directory per browser, browsers.ts) and Firefox's policies.json. Chrome merges every *.json in
 * its directory, so installation and settings live in separate files; a policy name set in two
 * files conflicts, so an administrator who already sets ExtensionSettings adds our entry there.
 */

export type PolicyObject = Record<string, PolicyValue>;

/** Keeps only policy keys, so a caller's stray key can never reach an administrator's file. */
function policyOnly(values: PolicyObject): PolicyObject {
  return Object.fromEntries(Object.entries(values).filter(([key]) => (POLICY_KEYS as readonly string[]).includes(key)));
}

export function chromiumSettingsPolicy(extensionId: string, values: PolicyObject) {
  return { '3rdparty': { extensions: { [extensionId]: policyOnly(values) } } };
}

/** The host restriction's two keys for an ExtensionSettings entry (none without a site list). */
export function restrictionKeys(allowedHosts?: readonly string[]) {
  return allowedHosts ? hostRestrictionEntry(allowedHosts) : {};
}

export function chromiumExtensionSettings(extensionId: string, updateUrl: string, allowedHosts?: readonly string[]) {
  return {
    ExtensionSettings: { [extensionId]: { installation_mode: 'force_installed', update_url: updateUrl, ...restrictionKeys(allowedHosts) } },
  };
}

/** The older list form of the same forced install: "<id>;<update URL>". */
export function chromiumForcelist(extensionId: string, updateUrl: string) {
  return { ExtensionInstallForcelist: [`${extensionId};${updateUrl}`] };
}

export function firefoxPolicies(geckoId: string, xpiUrl: string, values: PolicyObject, allowedHosts?: readonly string[]) {
  return {
    policies: {
      ExtensionSettings: { [geckoId]: { installation_mode: 'force_installed', install_url: xpiUrl, ...restrictionKeys(allowedHosts) } },
      '3rdparty': { Extensions: { [geckoId]: policyOnly(values) } },
    },
  };
}
