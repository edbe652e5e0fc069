// `npx tsx scripts/release/store.ts <release dir>` (run by `npm run release`): writes <release dir>/store/,
// the listing texts of every store in ja and en, the privacy policy and the store pictures, after
// checking them against the packages in <release dir> (scripts/release/storeTexts.ts, storeImages.ts).
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, root, run } from '../lib/setup.mjs';
import { loadListing } from './listing';
import { openPackages } from './packages';
import { writeStoreImages } from './storeImages';
import { storeTextProblems, writeStoreTexts } from './storeTexts';

function fail(problems: string[]): never {
  console.error(`\n✗ The store listing is not ready:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}

/** The test build: the release build's files plus a clock the screenshots can pin. */
function buildScreenshotExtension(): string {
  const status = run('npx', ['wxt', 'build', '--mode', 'test'], { env: { ...process.env, WXT_TEST_HOOKS: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) fail(['the test build for the screenshots failed']);
  return path.join(root, '.output/chrome-mv3-test');
}

const outDir = process.argv[2];
if (!outDir) fail(['usage: tsx scripts/release/store.ts <release dir>']);
const storeDir = path.join(path.resolve(outDir), 'store');
rmSync(storeDir, { recursive: true, force: true });

const packages = openPackages(outDir);
const problems = storeTextProblems(root, packages);
if (problems.length > 0) fail(problems);
const written = writeStoreTexts(root, packages, storeDir);

const images = await writeStoreImages(
  {
    root,
    executablePath: ensureChromium(),
    extensionDir: buildScreenshotExtension(),
    listing: loadListing(root, 'ja'),
    name: packages[0]?.texts.ja.name ?? '',
  },
  path.join(storeDir, 'images'),
);
if (images.problems.length > 0) fail(images.problems);

for (const file of [...written, ...images.files].sort()) {
  console.log(`  ${path.relative(path.dirname(storeDir), file).padEnd(52)} ${statSync(file).size.toLocaleString('en').padStart(9)} B`);
}
