import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_GUIDES, updateAdminGuide } from '../../lib/policy/adminGuide';
import type { Locale } from '../../lib/i18n/localized';
import { policyTable } from '../../lib/policy/docsTables';
import { generatedSection, replaceGeneratedSection } from '../../lib/policy/generatedSection';
import { GECKO_ID, releaseExtensionId } from '../../lib/policy/identity';
import { POLICY_KEYS } from '../../lib/policy/policySettings';

const root = new URL('../../', import.meta.url);

describe.each(Object.entries(ADMIN_GUIDES) as [Locale, string][])('%s admin guide (%s)', (locale, file) => {
  const text = readFileSync(new URL(file, root), 'utf8');

  it('has current generated sections (run: npx tsx scripts/policy-templates.ts)', () => {
    expect(updateAdminGuide(text, locale, { chromium: releaseExtensionId(), gecko: GECKO_ID })).toBe(text);
  });

  it('lists every policy key in its table', () => {
    const table = generatedSection(text, 'policy-table');
    for (const key of POLICY_KEYS) expect(table).toContain(`| \`${key}\` |`);
  });
});

describe('the policy table', () => {
  it('has one row per policy key after the header', () => {
    expect(policyTable('en').split('\n')).toHaveLength(POLICY_KEYS.length + 2);
  });
});

describe('generated sections', () => {
  const document = [
    'intro',
    '<!-- BEGIN GENERATED t: npx tsx scripts/policy-templates.ts -->',
    'old',
    '<!-- END GENERATED t -->',
    'outro',
  ].join('\n');

  it('are replaced between their markers only', () => {
    const updated = replaceGeneratedSection(document, 't', 'new');
    expect(updated).toBe(document.replace('old', 'new'));
    expect(generatedSection(updated, 't')).toBe('\nnew\n');
  });

  it('must exist', () => {
    expect(() => replaceGeneratedSection(document, 'missing', 'x')).toThrow(/no generated section "missing"/);
  });
});
