// `npx tsx scripts/release/reproducibility-check.ts` (a step of `npm test`): the release's packaging
// stage run twice from the same commit — wxt zip, reproducible zips, SBOM, policy templates, store/ —
// must give the same SHA256SUMS; then the Firefox package must rebuild from its sources zip. The
// type-check, lint and unit tests of `npm run release` are left out: `npm test` has run them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, run } from '../lib/setup.mjs';
import { checksums } from './reproducible';

function must(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`  › ${title}`);
  if (run(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) throw new Error(`${title} failed`);
}

/** The packaging stage of scripts/release.mjs into `dir`. */
function packageInto(dir: string): void {
  const { WXT_TEST_HOOKS: _hooks, ...production } = process.env;
  // Tracked and new (not ignored) files: a developer's uncommitted new module belongs to the sources.
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).stdout;
  const storeEnv = { ...production, STORE_PACKAGE: '1', RELEASE_SOURCES: files };
  must('wxt zip -b chrome', 'npx', ['wxt', 'zip', '-b', 'chrome'], storeEnv);
  must('wxt zip -b firefox', 'npx', ['wxt', 'zip', '-b', 'firefox'], storeEnv);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const name = `shikaku-alert-${version}`;
  for (const kind of ['chrome', 'firefox', 'sources']) renameSync(path.join(root, '.output', `${name}-${kind}.zip`), path.join(dir, `${name}-${kind}.zip`));
  copyFileSync(path.join(dir, `${name}-chrome.zip`), path.join(dir, `${name}-edge.zip`));
  must('reproducible zips', 'npx', ['tsx', 'scripts/release/normalize-zips.ts', dir]);
  must('SBOM', 'npx', ['tsx', 'scripts/release/sbom.ts', dir]);
  must('policy templates', 'npx', ['tsx', 'scripts/policy-templates.ts', path.join(dir, 'policy-templates')]);
  must('store listings and pictures', 'npx', ['tsx', 'scripts/release/store.ts', dir]);
}

const runs = [1, 2].map(() => mkdtempSync(path.join(tmpdir(), 'shikaku-alert-release-')));
let failed = false;
try {
  const sums = runs.map((dir, i) => {
    console.log(`\n› packaging, run ${i + 1} of 2`);
    packageInto(dir);
    return checksums(dir);
  });
  const [first = [], second = []] = sums;
  const differing = first.filter((line) => !second.includes(line)).map((line) => line.slice(66));
  if (differing.length > 0 || first.length !== second.length || first.length === 0) {
    console.error(`✗ two packaging runs of one commit differ (${first.length} vs ${second.length} files):\n  ${differing.join('\n  ')}`);
    failed = true;
  } else {
    console.log(`✓ two packaging runs: the same ${first.length} files, byte for byte (equal SHA256SUMS)`);
  }
  console.log('\n› rebuilding the Firefox package from the sources zip');
  if (run('npx', ['tsx', 'scripts/release/rebuild-check.ts', runs[0] as string]) !== 0) failed = true;
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  failed = true;
} finally {
  for (const dir of runs) rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
