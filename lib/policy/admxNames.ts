import type { SettingGroup } from '../settings/settingTypes';
import type { ChromiumBrowser } from './browsers';

/**
 * Names shared by an ADMX file and its ADML files: the ADMX refers to strings and presentations
 * by these ids ($(string.…), $(presentation.…)), the ADML defines them. One module, so the two
 * can only disagree if a generator skips an entry (tests/unit/policyAdmx.test.ts checks that).
 */

export const ADMX_NAMESPACE = 'http://www.microsoft.com/GroupPolicy/PolicyDefinitions';

/** Browsers with Group Policy templates, and their file names and ADMX namespaces. */
export interface AdmxTarget {
  browser: ChromiumBrowser;
  /** ADMX/ADML base name (the ADML must carry the same name). */
  fileBase: string;
  /** Unique among all ADMX files in a PolicyDefinitions store. */
  namespace: string;
}

export function admxTarget(browser: ChromiumBrowser): AdmxTarget {
  return { browser, fileBase: `shikaku_alert_${browser.id}`, namespace: `ShikakuAlert.Policies.${browser.id}` };
}

export const ADMX_LOCALES = { ja: 'ja-JP', en: 'en-US' } as const;

/** ADMX names allow letters, digits and "_" only. */
function idPart(text: string): string {
  return text.replace(/[^\p{L}\p{N}_]/gu, '_');
}

export const names = {
  rootCategory: 'ShikakuAlert',
  category: (group: SettingGroup) => `ShikakuAlert_${idPart(group)}`,
  supportedOn: 'SUPPORTED_ShikakuAlert',
  policy: (key: string) => idPart(key),
  explain: (key: string) => `${idPart(key)}_Explain`,
  presentation: (key: string) => idPart(key),
  enumItem: (key: string, value: string) => `${idPart(key)}_${idPart(value)}`,
};
