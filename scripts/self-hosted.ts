// The self-hosted Chrome/Edge/Chromium package of a release: a signed CRX3 and its update manifest.
//
//   npx tsx scripts/self-hosted.ts <outDir> --build-dir=.output/chrome-mv3 --base-url=URL [--key-file=PEM]
//
// The signing key comes from --key-file, $SHIKAKU_ALERT_CRX_KEY_FILE or $SHIKAKU_ALERT_CRX_KEY
// (never from the repository). Without a key or a base URL it says so and writes nothing: a key
// made up here would be an ID no deployed policy names. Chromium packs it ($CHROMIUM_PATH or the
// usual paths); lib/policy/selfHosted.ts says why that packer.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KEY_ENV, KEY_FILE_ENV, findSigningKey } from '../lib/policy/signingKey';
import { writeSelfHosted } from '../lib/policy/selfHosted';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'build-dir': { type: 'string', default: path.join(root, '.output/chrome-mv3') },
    'base-url': { type: 'string' },
    'key-file': { type: 'string' },
  },
});

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function skip(reason: string): never {
  console.log(`Self-hosted CRX skipped: ${reason}`);
  process.exit(0);
}

const outDir = path.resolve(positionals[0] ?? path.join(root, 'out/self-hosted'));
const key = findSigningKey({ keyFile: values['key-file'], repoRoot: root });
if (!key) skip(`no signing key (--key-file, $${KEY_FILE_ENV} or $${KEY_ENV}).`);
const baseUrl = values['base-url'];
if (!baseUrl) skip('no --base-url (the folder on your server that will serve updates.xml and the CRX).');
const chromium = [process.env.CHROMIUM_PATH, ...CHROMIUM_PATHS].find((p): p is string => Boolean(p) && existsSync(p as string));
if (!chromium) throw new Error(`No Chromium to pack with: set CHROMIUM_PATH (looked in ${CHROMIUM_PATHS.join(', ')}).`);

const release = writeSelfHosted({ buildDir: path.resolve(values['build-dir']), outDir, key, baseUrl, chromium });
console.log(`Self-hosted CRX signed with ${key.source}: extension ID ${release.id}, version ${release.version}`);
for (const file of [release.crxFile, release.updatesFile]) {
  console.log(`  ${path.relative(process.cwd(), file)}  ${(statSync(file).size / 1024).toFixed(1)} kB`);
}
console.log(`Serve both at ${new URL('.', release.urls.updateUrl).href}`);
