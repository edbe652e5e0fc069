// Validates the administrator templates: ADMX/ADML against Microsoft's PolicyDefinitions schema
// (tests/fixtures/admx-schema, checked with xmllint) and against each other, every XML file for
// well-formedness, the managed schema against Chrome's rules, and every example policy against
// the extension's own validation. Exits 1 on any problem.
//
//   npx tsx scripts/validate-policy-templates.ts [dir]
//
// Without dir, the templates are generated afresh into a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { admxAdmlProblems } from '../lib/policy/admxReferences';
import { ADMX_LOCALES } from '../lib/policy/admxNames';
import { chromeSchemaProblems } from '../lib/policy/chromeSchemaRules';
import { GECKO_ID, releaseExtensionId } from '../lib/policy/identity';
import { PLACEHOLDER_UPDATE_URL, PLACEHOLDER_XPI_URL, policyTemplates } from '../lib/policy/templates';
import { parseSettings } from '../lib/settings/validate';

const root = path.resolve(import.meta.dirname, '..');
const SCHEMA_DIR = path.join(root, 'tests/fixtures/admx-schema');
const work = mkdtempSync(path.join(tmpdir(), 'policy-templates-'));
const problems: string[] = [];

function templatesDir(): string {
  if (process.argv[2]) return path.resolve(process.argv[2]);
  const dir = path.join(work, 'templates');
  const id = releaseExtensionId();
  const files = policyTemplates({
    chromeId: id,
    edgeId: id,
    geckoId: GECKO_ID,
    updateUrl: PLACEHOLDER_UPDATE_URL,
    xpiUrl: PLACEHOLDER_XPI_URL,
  });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.contents);
  }
  return dir;
}

/**
 * Microsoft's BaseTypes.xsd escapes "$" in two patterns ("\$"), which XSD 1.0 regexes do not allow
 * and libxml2 refuses; "$" needs no escape there, so a copy without the backslash means the same.
 */
function libxml2Schema(): string {
  const dir = path.join(work, 'schema');
  mkdirSync(dir);
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.xsd'))) {
    writeFileSync(path.join(dir, file), readFileSync(path.join(SCHEMA_DIR, file), 'utf8').replace(/\\\$/g, '$'));
  }
  return path.join(dir, 'PolicyDefinitionFiles.xsd');
}

function xmllint(file: string, args: string[]): void {
  const result = spawnSync('xmllint', ['--noout', ...args, file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint could not run: ${result.error.message}`);
  if (result.status !== 0) problems.push(`${file}: ${result.stderr.trim()}`);
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name));
}

function checkPolicyValues(file: string, values: unknown): void {
  for (const rejection of parseSettings(values, 'policy').rejected) {
    problems.push(`${file}: ${rejection.key} = ${rejection.value}: ${rejection.reason.en}`);
  }
}

/** The objects a JSON template hands to the extension (Chromium "3rdparty", Firefox policies.json). */
function extensionPolicies(document: Record<string, unknown>): unknown[] {
  const chromium = (document['3rdparty'] as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  const policies = document.policies as { '3rdparty'?: { Extensions?: Record<string, unknown> } } | undefined;
  return [...Object.values(chromium ?? {}), ...Object.values(policies?.['3rdparty']?.Extensions ?? {})];
}

try {
  const dir = templatesDir();
  const schema = libxml2Schema();
  const files = filesIn(dir);
  let checked = 0;
  for (const file of files) {
    if (/\.(admx|adml)$/.test(file)) xmllint(file, ['--schema', schema]);
    else if (file.endsWith('.mobileconfig')) xmllint(file, []);
    else if (file.endsWith('.json')) {
      const document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (path.basename(file) === 'managed_schema.json') {
        problems.push(...chromeSchemaProblems(document).map((problem) => `${file}: ${problem}`));
      }
      for (const values of extensionPolicies(document)) checkPolicyValues(file, values);
    } else continue;
    checked += 1;
  }
  for (const admx of files.filter((file) => file.endsWith('.admx'))) {
    for (const folder of Object.values(ADMX_LOCALES)) {
      const adml = path.join(path.dirname(admx), folder, path.basename(admx).replace(/\.admx$/, '.adml'));
      if (!files.includes(adml)) {
        problems.push(`${admx}: no ${folder} ADML`);
        continue;
      }
      const found = admxAdmlProblems(readFileSync(admx, 'utf8'), readFileSync(adml, 'utf8'));
      problems.push(...found.map((problem) => `${adml}: ${problem}`));
    }
  }
  if (checked === 0) problems.push(`${dir}: no templates found`);
  console.log(`${checked} template files checked, ${problems.length} problems`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
