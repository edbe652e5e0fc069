// `npm run release`: the packages for the stores, from committed sources, into out/release/<version>/:
//   shikaku-alert-<version>-chrome.zip    Chrome Web Store (MV3, no manifest `key`: the store assigns the ID)
//   shikaku-alert-<version>-edge.zip      Edge Add-ons: the same bytes as the Chrome package
//   shikaku-alert-<version>-firefox.zip   addons.mozilla.org (MV2)
//   shikaku-alert-<version>-sources.zip   the sources AMO's reviewers build it from (git-tracked files only)
//   policy-templates/                     ADMX/ADML, policy JSON, macOS profile, per-channel snippets
//   self-hosted/                          signed CRX3 + updates.xml (scripts/self-hosted.ts; needs a key)
//   store/                                listing texts, privacy policy, pictures (scripts/release/store.ts)
//   sbom.cdx.json                         CycloneDX SBOM of every package that ships in the zips (scripts/release/sbom.ts)
//   SHA256SUMS                            `sha256sum -c SHA256SUMS` checks all of the above
//
// Options are passed on to the policy templates: --chrome-id=… --edge-id=… (the store listings' IDs,
// once known), --base-url=… (where updates.xml, the CRX and the signed XPI will be served),
// --update-url=… --xpi-url=…, --key-file=… (or $SHIKAKU_ALERT_CRX_KEY_FILE / $SHIKAKU_ALERT_CRX_KEY:
// the CRX signing key, whose ID the templates then name), --allowed-hosts=receipt.example.jp,*.example.jp
// (or $SHIKAKU_ALERT_ALLOWED_HOSTS: confines the extension to those hosts at browser level, in every
// ExtensionSettings template; an entry the browsers would ignore stops the release). --allow-dirty makes a trial release from uncommitted
// sources into out/release/<version>-dirty/ (never upload that one).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintFirefox } from './lint-firefox.mjs';
import { root, run } from './lib/setup.mjs';

const { values: options } = parseArgs({
  options: {
    'allow-dirty': { type: 'boolean', default: false },
    'chrome-id': { type: 'string' },
    'edge-id': { type: 'string' },
    'update-url': { type: 'string' },
    'xpi-url': { type: 'string' },
    'base-url': { type: 'string' },
    'key-file': { type: 'string' },
    'allowed-hosts': { type: 'string' },
  },
});

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function git(...args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) fail(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function step(title, command, args, env = productionEnv) {
  console.log(`\n› ${title}`);
  if (run(command, args, { env }) !== 0) fail(`${title} failed`);
}

// Production builds only: the test hooks (a pinnable clock) must not reach a release.
const { WXT_TEST_HOOKS: _testHooks, ...productionEnv } = process.env;

// The sources zip holds what git tracks; packages built from anything else could not be rebuilt
// from it by a reviewer.
const uncommitted = git('status', '--porcelain').trimEnd();
if (uncommitted && !options['allow-dirty']) {
  fail(`Uncommitted changes (commit them, or make a trial release with --allow-dirty):\n${uncommitted}`);
}
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const outDir = path.join(root, 'out/release', uncommitted ? `${version}-dirty` : version);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// The checks of `npm test` that need no browser; run `npm test` for the browser tests.
step('type-check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['biome', 'check', '--error-on-warnings', '.']);
step('unit tests', 'npx', ['vitest', 'run', '--reporter=dot']);

const storeEnv = { ...productionEnv, STORE_PACKAGE: '1', RELEASE_SOURCES: git('ls-files') };
step('Chrome Web Store package', 'npx', ['wxt', 'zip', '-b', 'chrome'], storeEnv);
step('Firefox package and its sources', 'npx', ['wxt', 'zip', '-b', 'firefox'], storeEnv);

const builds = { chrome: path.join(root, '.output/chrome-mv3'), firefox: path.join(root, '.output/firefox-mv2') };
for (const [browser, dir] of Object.entries(builds)) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  if (manifest.key !== undefined) fail(`The ${browser} package has a manifest key, which the store refuses`);
  if (readdirSync(dir, { recursive: true }).some((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes('testClock'))) {
    fail(`The ${browser} package contains the test hooks: was WXT_TEST_HOOKS set?`);
  }
}
console.log('\n› web-ext lint (the Firefox package)');
if (!lintFirefox(builds.firefox)) fail('web-ext lint failed');

const name = `shikaku-alert-${version}`;
for (const file of [`${name}-chrome.zip`, `${name}-firefox.zip`, `${name}-sources.zip`]) {
  renameSync(path.join(root, '.output', file), path.join(outDir, file));
}
// Edge runs the Chromium build unchanged (README, "Microsoft Edge").
copyFileSync(path.join(outDir, `${name}-chrome.zip`), path.join(outDir, `${name}-edge.zip`));
step('reproducible zips (sorted, dated by the last commit)', 'npx', ['tsx', 'scripts/release/normalize-zips.ts', outDir]);
step('SBOM (CycloneDX) of what the zips ship', 'npx', ['tsx', 'scripts/release/sbom.ts', outDir]);

const templateOptions = ['chrome-id', 'edge-id', 'update-url', 'xpi-url', 'base-url', 'key-file', 'allowed-hosts']
  .filter((key) => options[key] !== undefined)
  .map((key) => `--${key}=${options[key]}`);
step('policy templates', 'npx', ['tsx', 'scripts/policy-templates.ts', path.join(outDir, 'policy-templates'), ...templateOptions]);
const selfHostedOptions = templateOptions.filter((option) => /^--(base-url|key-file)=/.test(option));
step('self-hosted CRX and updates.xml', 'npx', ['tsx', 'scripts/self-hosted.ts', path.join(outDir, 'self-hosted'), `--build-dir=${builds.chrome}`, ...selfHostedOptions]);

step('store listings, privacy policy and pictures → store/', 'npx', ['tsx', 'scripts/release/store.ts', outDir]);
step('rebuild the Firefox package from the sources zip', 'npx', ['tsx', 'scripts/release/rebuild-check.ts', outDir]);

const files = readdirSync(outDir, { recursive: true })
  .filter((file) => statSync(path.join(outDir, file)).isFile())
  .sort();
const sums = files.map((file) => `${createHash('sha256').update(readFileSync(path.join(outDir, file))).digest('hex')}  ${file}`);
writeFileSync(path.join(outDir, 'SHA256SUMS'), `${sums.join('\n')}\n`);

console.log(`\n${path.relative(root, outDir)}/`);
const templates = (f) => f.startsWith(`policy-templates${path.sep}`);
const stored = (f) => f.startsWith(`store${path.sep}`);
for (const file of [...files.filter((f) => !templates(f) && !stored(f)), 'SHA256SUMS']) {
  console.log(`  ${file}  ${(statSync(path.join(outDir, file)).size / 1024).toFixed(1)} kB`);
}
console.log(`  policy-templates/  ${files.filter(templates).length} files`);
console.log(`  store/  ${files.filter(stored).length} files`);
if (uncommitted) console.log('\nTrial release from uncommitted sources: do not upload it.');
