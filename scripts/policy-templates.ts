// Writes every administrator template (ADMX/ADML, Linux and Firefox policy JSON, macOS profile,
// managed schema) generated from lib/settings/definition.ts, and refreshes the generated sections
// of docs/admin-guide.*.md.
//
//   npx tsx scripts/policy-templates.ts [outDir] [--chrome-id=ID] [--edge-id=ID] [--update-url=URL] [--xpi-url=URL]
//
// outDir defaults to out/policy-templates. The IDs default to the builds of this repository (manifest
// key); pass the store IDs to make templates for the Chrome Web Store or Edge Add-ons listings.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ADMIN_GUIDES, updateAdminGuide } from '../lib/policy/adminGuide';
import type { Locale } from '../lib/i18n/localized';
import { isExtensionId } from '../lib/policy/extensionId';
import { GECKO_ID, releaseExtensionId } from '../lib/policy/identity';
import { PLACEHOLDER_UPDATE_URL, PLACEHOLDER_XPI_URL, policyTemplates } from '../lib/policy/templates';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'chrome-id': { type: 'string' },
    'edge-id': { type: 'string' },
    'update-url': { type: 'string', default: PLACEHOLDER_UPDATE_URL },
    'xpi-url': { type: 'string', default: PLACEHOLDER_XPI_URL },
  },
});

const releaseId = releaseExtensionId();
const chromeId = values['chrome-id'] ?? releaseId;
const edgeId = values['edge-id'] ?? releaseId;
for (const id of [chromeId, edgeId]) {
  if (!isExtensionId(id)) throw new Error(`"${id}" is not an extension ID (32 letters a–p).`);
}

const outDir = path.resolve(positionals[0] ?? path.join(root, 'out/policy-templates'));
// Start empty, so a file the generator no longer makes cannot be deployed by mistake.
rmSync(outDir, { recursive: true, force: true });
const files = policyTemplates({
  chromeId,
  edgeId,
  geckoId: GECKO_ID,
  updateUrl: values['update-url'],
  xpiUrl: values['xpi-url'],
});
for (const file of files) {
  const target = path.join(outDir, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.contents);
}
console.log(`${files.length} files in ${path.relative(process.cwd(), outDir) || '.'}`);

// The guides describe the builds of this repository, whatever IDs the templates were made for.
for (const [locale, file] of Object.entries(ADMIN_GUIDES) as [Locale, string][]) {
  const target = path.join(root, file);
  const current = readFileSync(target, 'utf8');
  const updated = updateAdminGuide(current, locale, { chromium: releaseId, gecko: GECKO_ID });
  if (updated !== current) {
    writeFileSync(target, updated);
    console.log(`updated ${file}`);
  }
}
