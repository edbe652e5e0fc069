// Writes every administrator template (ADMX/ADML, Linux and Firefox policy JSON, macOS profile,
// managed schema) generated from lib/settings/definition.ts, and refreshes the generated sections
// of docs/admin-guide.*.md.
//
//   npx tsx scripts/policy-templates.ts [outDir] [--chrome-id=ID] [--edge-id=ID] [--base-url=URL]
//        [--update-url=URL] [--xpi-url=URL] [--key-file=PEM] [--allowed-hosts=HOST,HOST,…]
//
// --allowed-hosts (or $SHIKAKU_ALERT_ALLOWED_HOSTS) confines the extension to those hosts at browser
// level: every ExtensionSettings written gets runtime_blocked_hosts/runtime_allowed_hosts, and
// host-restriction/ holds the restriction alone. An entry the browsers would ignore stops the run.
//
// outDir defaults to out/policy-templates. The IDs default to the builds of this repository (manifest
// key), or to the ID of the signing key given (--key-file, $SHIKAKU_ALERT_CRX_KEY_FILE or
// $SHIKAKU_ALERT_CRX_KEY: an organisation's own key); pass the store IDs to make templates for the
// Chrome Web Store or Edge Add-ons listings. outDir also gets the admin guides with that ID.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ADMIN_GUIDES, updateAdminGuide } from '../lib/policy/adminGuide';
import type { Locale } from '../lib/i18n/localized';
import { isExtensionId } from '../lib/policy/extensionId';
import { GECKO_ID, releaseExtensionId } from '../lib/policy/identity';
import { releaseAllowedHosts, releaseTemplateOptions } from '../lib/policy/releaseTemplates';
import { findSigningKey } from '../lib/policy/signingKey';
import { policyTemplates } from '../lib/policy/templates';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'chrome-id': { type: 'string' },
    'edge-id': { type: 'string' },
    'base-url': { type: 'string' },
    'update-url': { type: 'string' },
    'xpi-url': { type: 'string' },
    'key-file': { type: 'string' },
    'allowed-hosts': { type: 'string' },
  },
});

const releaseId = releaseExtensionId();
const selfHostedId = findSigningKey({ keyFile: values['key-file'], repoRoot: root })?.id ?? releaseId;
const templateOptions = releaseTemplateOptions({
  selfHostedId,
  chromeStoreId: values['chrome-id'],
  edgeStoreId: values['edge-id'],
  baseUrl: values['base-url'],
  updateUrl: values['update-url'],
  xpiUrl: values['xpi-url'],
});
let allowedHosts: string[] | undefined;
try {
  allowedHosts = releaseAllowedHosts(values['allowed-hosts'] ?? process.env.SHIKAKU_ALERT_ALLOWED_HOSTS);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
for (const id of [templateOptions.chromeId, templateOptions.edgeId]) {
  if (!isExtensionId(id)) throw new Error(`"${id}" is not an extension ID (32 letters a–p).`);
}

const outDir = path.resolve(positionals[0] ?? path.join(root, 'out/policy-templates'));
// Start empty, so a file the generator no longer makes cannot be deployed by mistake.
rmSync(outDir, { recursive: true, force: true });
const files = policyTemplates({ ...templateOptions, allowedHosts });
if (allowedHosts) console.log(`host restriction: ${allowedHosts.join(' ')}`);
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
  // The copy handed out with the templates names the ID they were made for.
  writeFileSync(path.join(outDir, path.basename(file)), updateAdminGuide(current, locale, { chromium: selfHostedId, gecko: GECKO_ID }));
  const updated = updateAdminGuide(current, locale, { chromium: releaseId, gecko: GECKO_ID });
  if (updated !== current) {
    writeFileSync(target, updated);
    console.log(`updated ${file}`);
  }
}
