import { extensionSettingsRestriction } from '../settings/hostRestriction';
import { CHROME, CHROMIUM, type ChromiumBrowser, EDGE } from './browsers';
import type { TemplateFile } from './templates';

/**
 * The release's host-restriction/ folder (only when the release is given a site list): for each
 * browser, the ExtensionSettings value that keeps the extension off every host but the listed ones.
 * Every other ExtensionSettings the templates write (forced install, channels, macOS, Firefox)
 * carries the same two keys, so whichever file an administrator deploys, the restriction comes too.
 */

export interface HostRestrictionIds {
  chromeId: string;
  edgeId: string;
  geckoId: string;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function linuxFile(browser: ChromiumBrowser, id: string, allowed: readonly string[]): TemplateFile {
  return {
    path: `host-restriction/linux/${browser.id}/shikaku-alert-host-restriction.json`,
    contents: json({ ExtensionSettings: extensionSettingsRestriction(id, allowed) }),
    purpose: {
      ja: `${browser.name}：ホスト制限だけ（強制インストールを別の方法で行うとき。${browser.linuxPolicyDir} に置く。shikaku-alert-install.json と同時には置かない）`,
      en: `${browser.name}: the host restriction alone (when installing by other means; copy to ${browser.linuxPolicyDir}, never beside shikaku-alert-install.json)`,
    },
  };
}

/** Windows Group Policy takes ExtensionSettings as one line of JSON (a REG_SZ value). */
function windowsFile(browser: ChromiumBrowser, id: string, allowed: readonly string[]): TemplateFile {
  const englishName = browser.id === 'edge' ? '"Configure extension management settings"' : '"Extension management settings"';
  return {
    path: `host-restriction/windows/${browser.id}-ExtensionSettings.json.txt`,
    contents: `${JSON.stringify(extensionSettingsRestriction(id, allowed))}\n`,
    purpose: {
      ja: `${browser.name}：グループ ポリシー ${englishName}（ExtensionSettings）に貼る 1 行の JSON（レジストリでは ${browser.registryRoot}\\ExtensionSettings の REG_SZ）`,
      en: `${browser.name}: one line of JSON for the Group Policy ${englishName} (ExtensionSettings; in the registry the REG_SZ ${browser.registryRoot}\\ExtensionSettings)`,
    },
  };
}

export function hostRestrictionFiles(ids: HostRestrictionIds, allowed: readonly string[]): TemplateFile[] {
  return [
    linuxFile(CHROME, ids.chromeId, allowed),
    linuxFile(CHROMIUM, ids.chromeId, allowed),
    linuxFile(EDGE, ids.edgeId, allowed),
    windowsFile(CHROME, ids.chromeId, allowed),
    windowsFile(EDGE, ids.edgeId, allowed),
    {
      path: 'host-restriction/firefox/policies.json',
      contents: json({ policies: { ExtensionSettings: extensionSettingsRestriction(ids.geckoId, allowed) } }),
      purpose: {
        ja: 'Firefox：ホスト制限だけ（Firefox ESR 153 以降。firefox/policies.json を使うならそちらに同じ指定が入っている）',
        en: 'Firefox: the host restriction alone (Firefox ESR 153 or later; firefox/policies.json already holds it)',
      },
    },
  ];
}
