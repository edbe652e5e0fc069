import { chromiumSettingsPolicy, firefoxPolicies, restrictionKeys } from './policyJson';
import { examplePolicy } from './policySettings';
import type { TemplateFile } from './templates';

/**
 * Policy snippets per distribution channel, for the release's policy-templates/channels/. Each
 * Chromium channel gets the forced install both ways (ExtensionSettings, ExtensionInstallForcelist:
 * deploy one) and the settings block for its ID; Firefox gets policies.json's two entries.
 */

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADD_ONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

export interface ChannelOptions {
  selfHosted: { id: string; updateUrl: string };
  /** The store listings' IDs, once known; without one that channel is left out. */
  chromeWebStoreId?: string;
  edgeAddOnsId?: string;
  firefox: { geckoId: string; xpiUrl: string };
  /** runtime_allowed_hosts (lib/settings/hostRestriction.ts), when the release was given a site list. */
  allowedHosts?: readonly string[];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * override_update_url: later updates come from update_url as well, not from whatever the CRX's
 * manifest names (ignored by the browsers for their own store's URL).
 */
export function forceInstallSettings(id: string, updateUrl: string, store: boolean, allowedHosts?: readonly string[]) {
  return {
    ExtensionSettings: {
      [id]: {
        installation_mode: 'force_installed',
        update_url: updateUrl,
        ...(store ? {} : { override_update_url: true }),
        ...restrictionKeys(allowedHosts),
      },
    },
  };
}

interface Channel {
  dir: string;
  name: string;
  id: string;
  updateUrl: string;
  store: boolean;
}

function chromiumChannel({ dir, name, id, updateUrl, store }: Channel, allowedHosts?: readonly string[]): TemplateFile[] {
  return [
    {
      path: `channels/${dir}/extension-settings.json`,
      contents: json(forceInstallSettings(id, updateUrl, store, allowedHosts)),
      purpose: { ja: `${name}：強制インストール（ExtensionSettings）`, en: `${name}: forced install (ExtensionSettings)` },
    },
    {
      path: `channels/${dir}/install-forcelist.json`,
      contents: json({ ExtensionInstallForcelist: [`${id};${updateUrl}`] }),
      purpose: {
        ja: `${name}：同じ強制インストールを ExtensionInstallForcelist で（どちらか一方だけ使う）`,
        en: `${name}: the same forced install with ExtensionInstallForcelist (use only one of the two)`,
      },
    },
    {
      path: `channels/${dir}/settings.json`,
      contents: json(chromiumSettingsPolicy(id, examplePolicy())),
      purpose: { ja: `${name}：設定（3rdparty、ID ${id}）`, en: `${name}: settings (3rdparty, ID ${id})` },
    },
  ];
}

export function channelFiles(options: ChannelOptions): TemplateFile[] {
  const { selfHosted, chromeWebStoreId, edgeAddOnsId, firefox, allowedHosts } = options;
  const selfHostedName = 'Chrome・Edge・Chromium（自社サーバーの CRX / self-hosted CRX）';
  return [
    ...chromiumChannel({ dir: 'self-hosted', name: selfHostedName, id: selfHosted.id, updateUrl: selfHosted.updateUrl, store: false }, allowedHosts),
    ...(chromeWebStoreId
      ? chromiumChannel({ dir: 'chrome-web-store', name: 'Chrome Web Store', id: chromeWebStoreId, updateUrl: CHROME_WEB_STORE_UPDATE_URL, store: true }, allowedHosts)
      : []),
    ...(edgeAddOnsId
      ? chromiumChannel({ dir: 'edge-add-ons', name: 'Edge Add-ons', id: edgeAddOnsId, updateUrl: EDGE_ADD_ONS_UPDATE_URL, store: true }, allowedHosts)
      : []),
    {
      path: 'channels/firefox/policies.json',
      contents: json(firefoxPolicies(firefox.geckoId, firefox.xpiUrl, examplePolicy(), allowedHosts)),
      purpose: {
        ja: 'Firefox：Mozilla が署名した XPI の強制インストール（install_url）と設定',
        en: 'Firefox: forced install of the Mozilla-signed XPI (install_url) and settings',
      },
    },
  ];
}
