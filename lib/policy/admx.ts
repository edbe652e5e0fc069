import { SETTING_GROUPS, SETTINGS, type SettingKey } from '../settings/definition';
import type { SettingGroup } from '../settings/settingTypes';
import { ADMX_NAMESPACE, type AdmxTarget, names } from './admxNames';
import { extensionPolicyKey } from './browsers';
import { POLICY_KEYS } from './policySettings';
import { el, type XmlElement, xmlDocument } from './xml';

/**
 * The ADMX file for one browser, shaped like Chrome's own templates: a boolean policy writes
 * REG_DWORD 1/0 through enabledValue/disabledValue, a text policy a REG_SZ <text> element, an enum
 * a REG_SZ <enum> element, and a list a <list> element under a subkey named after the policy whose
 * values are named 1, 2, 3… (Chrome reads such a key as an array when the schema says array).
 */

export function policyGroups(): SettingGroup[] {
  const groups = Object.keys(SETTING_GROUPS) as SettingGroup[];
  return groups.filter((group) => POLICY_KEYS.some((key) => SETTINGS[key].group === group));
}

function valueElements(key: SettingKey, policyKey: string): XmlElement[] {
  const def = SETTINGS[key];
  switch (def.kind) {
    case 'boolean':
      return [
        el('enabledValue', {}, [el('decimal', { value: 1 })]),
        el('disabledValue', {}, [el('decimal', { value: 0 })]),
      ];
    case 'text':
      return [el('elements', {}, [el('text', { id: key, valueName: key, maxLength: def.maxLength })])];
    case 'enum':
      return [
        el('elements', {}, [
          el(
            'enum',
            { id: key, valueName: key, required: 'true' },
            def.values.map((value) =>
              el('item', { displayName: `$(string.${names.enumItem(key, value)})` }, [
                el('value', {}, [el('string', {}, [value])]),
              ]),
            ),
          ),
        ]),
      ];
    case 'textList':
      return [el('elements', {}, [el('list', { id: key, key: `${policyKey}\\${key}`, valuePrefix: '' })])];
  }
}

function policy(key: SettingKey, policyKey: string): XmlElement {
  const def = SETTINGS[key];
  return el(
    'policy',
    {
      name: names.policy(key),
      // Reception PCs are configured per machine (Computer Configuration).
      class: 'Machine',
      displayName: `$(string.${names.policy(key)})`,
      explainText: `$(string.${names.explain(key)})`,
      presentation: def.kind === 'boolean' ? undefined : `$(presentation.${names.presentation(key)})`,
      key: policyKey,
      valueName: def.kind === 'boolean' ? key : undefined,
    },
    [
      el('parentCategory', { ref: names.category(def.group) }),
      el('supportedOn', { ref: names.supportedOn }),
      ...valueElements(key, policyKey),
    ],
  );
}

export function admx(target: AdmxTarget, extensionId: string): string {
  const policyKey = extensionPolicyKey(target.browser, extensionId);
  const root = el('policyDefinitions', { xmlns: ADMX_NAMESPACE, revision: '1.0', schemaVersion: '1.0' }, [
    el('policyNamespaces', {}, [el('target', { prefix: 'shikaku_alert', namespace: target.namespace })]),
    el('resources', { minRequiredRevision: '1.0' }),
    el('supportedOn', {}, [
      el('definitions', {}, [el('definition', { name: names.supportedOn, displayName: `$(string.${names.supportedOn})` })]),
    ]),
    el('categories', {}, [
      el('category', { name: names.rootCategory, displayName: `$(string.${names.rootCategory})` }),
      ...policyGroups().map((group) =>
        el('category', { name: names.category(group), displayName: `$(string.${names.category(group)})` }, [
          el('parentCategory', { ref: names.rootCategory }),
        ]),
      ),
    ]),
    el('policies', {}, POLICY_KEYS.map((key) => policy(key, policyKey))),
  ]);
  return xmlDocument(root);
}
