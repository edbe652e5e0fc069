/**
 * Where each Chromium-based browser looks for policy. Extension policy ("3rdparty") sits under the
 * browser's own policy root on Windows and in its managed-policy directory on Linux.
 */

export interface ChromiumBrowser {
  id: 'chrome' | 'edge' | 'chromium';
  name: string;
  /** Below HKEY_LOCAL_MACHINE (or HKEY_CURRENT_USER). */
  registryRoot: string;
  linuxPolicyDir: string;
}

export const CHROME: ChromiumBrowser = {
  id: 'chrome',
  name: 'Google Chrome',
  registryRoot: 'Software\\Policies\\Google\\Chrome',
  linuxPolicyDir: '/etc/opt/chrome/policies/managed/',
};

export const EDGE: ChromiumBrowser = {
  id: 'edge',
  name: 'Microsoft Edge',
  registryRoot: 'Software\\Policies\\Microsoft\\Edge',
  linuxPolicyDir: '/etc/opt/edge/policies/managed/',
};

export const CHROMIUM: ChromiumBrowser = {
  id: 'chromium',
  name: 'Chromium',
  registryRoot: 'Software\\Policies\\Chromium',
  linuxPolicyDir: '/etc/chromium/policies/managed/',
};

/** The registry key whose values Chrome/Edge hand to the extension as storage.managed. */
export function extensionPolicyKey(browser: ChromiumBrowser, extensionId: string): string {
  return `${browser.registryRoot}\\3rdparty\\extensions\\${extensionId}\\policy`;
}
