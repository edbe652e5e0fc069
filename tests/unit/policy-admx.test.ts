import { describe, expect, it } from 'vitest';
import { adml } from '../../lib/policy/adml';
import { admx } from '../../lib/policy/admx';
import { admxTarget } from '../../lib/policy/admxNames';
import { admxAdmlProblems } from '../../lib/policy/admxReferences';
import { CHROME, EDGE } from '../../lib/policy/browsers';
import { POLICY_KEYS } from '../../lib/policy/policySettings';
import { el, xmlDocument } from '../../lib/policy/xml';
import { SETTINGS } from '../../lib/settings/definition';

const ID = 'ccmlljellanhgnflgmigapaalcnelenj';

/** The <policy> element of one policy name, as text. */
function policyElement(text: string, key: string): string {
  const match = new RegExp(`<policy name="${key}"[\\s\\S]*?</policy>`).exec(text);
  if (!match) throw new Error(`no <policy name="${key}">`);
  return match[0];
}

describe.each([
  [CHROME, 'Software\\Policies\\Google\\Chrome'],
  [EDGE, 'Software\\Policies\\Microsoft\\Edge'],
])('the $name Group Policy templates', (browser, root) => {
  const target = admxTarget(browser);
  const template = admx(target, ID);
  const key = `${root}\\3rdparty\\extensions\\${ID}\\policy`;

  it.each(['ja', 'en'] as const)('have an ADML (%s) that defines every string and presentation the ADMX uses, and no more', (locale) => {
    expect(admxAdmlProblems(template, adml(target, ID, locale))).toEqual([]);
  });

  it('write each setting under its own key below the extension’s 3rdparty policy key', () => {
    for (const name of POLICY_KEYS) {
      const policy = policyElement(template, name);
      expect(policy, name).toContain(`key="${key}"`);
      const def = SETTINGS[name];
      if (def.kind === 'boolean') {
        expect(policy, name).toContain(`valueName="${name}"`);
        expect(policy, name).toMatch(/<enabledValue>\s*<decimal value="1"\/>\s*<\/enabledValue>\s*<disabledValue>\s*<decimal value="0"\/>/);
      } else if (def.kind === 'textList') {
        // Chrome reads the numbered values 1, 2, 3… of this subkey as the array.
        expect(policy, name).toContain(`<list id="${name}" key="${key}\\${name}" valuePrefix=""/>`);
      } else if (def.kind === 'text') {
        expect(policy, name).toContain(`<text id="${name}" valueName="${name}" maxLength="${def.maxLength}"/>`);
      } else {
        for (const value of def.values) expect(policy, `${name}=${value}`).toContain(`<string>${value}</string>`);
        expect(policy, name).toContain(`<enum id="${name}" valueName="${name}"`);
      }
    }
  });

  it('say in each ADML which registry value a policy writes', () => {
    const text = adml(target, ID, 'ja');
    expect(text).toContain(`HKLM\\${key} → enabled (REG_DWORD)`);
    expect(text).toContain(`HKLM\\${key}\\siteAllowlist (REG_SZ 1, 2, 3, …)`);
  });
});

describe('the ADMX/ADML cross-check', () => {
  const target = admxTarget(CHROME);
  const template = admx(target, ID);
  const resources = adml(target, ID, 'en');

  it('finds a string the ADML lacks', () => {
    const broken = resources.replace('<string id="role_Explain">', '<string id="roleExplanation">');
    expect(admxAdmlProblems(template, broken)).toEqual([
      'string "role_Explain" is used by the ADMX but missing from the ADML',
      'string "roleExplanation" is in the ADML but not used by the ADMX',
    ]);
  });

  it('finds a presentation the ADML lacks and a control without an element', () => {
    const broken = resources.replace('<presentation id="role">', '<presentation id="roles">').replace('refId="role"', 'refId="roles"');
    expect(admxAdmlProblems(template, broken)).toEqual([
      'presentation "role" is used by the ADMX but missing from the ADML',
      'presentation "roles" is in the ADML but not used by the ADMX',
      'control refId "roles" matches no element of the ADMX',
      'element "role" of the ADMX has no control in the ADML',
    ]);
  });

  it('finds duplicated strings', () => {
    const broken = resources.replace('<string id="enabled">', '<string id="enabled">x</string><string id="enabled">');
    expect(admxAdmlProblems(template, broken)).toContain('ADML defines string "enabled" twice');
  });
});

describe('the XML writer', () => {
  it('escapes text and attribute values', () => {
    expect(xmlDocument(el('a', { title: 'say "a<b" & go' }, ['1 < 2 & "3" > 0']))).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<a title="say &quot;a&lt;b&quot; &amp; go">1 &lt; 2 &amp; "3" &gt; 0</a>\n',
    );
  });

  it('keeps text-only content on one line and indents nested elements', () => {
    expect(xmlDocument(el('a', {}, [el('b', {}, ['x\ny']), el('c', { skip: undefined })]))).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<a>\n  <b>x\ny</b>\n  <c/>\n</a>\n',
    );
  });
});
