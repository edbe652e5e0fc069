// `npx tsx scripts/release/rebuild-check.ts <release dir>` (run by `npm run release` and by
// `npm test`): does what AMO's reviewers do — unpack the sources zip into an empty folder,
// `npm ci`, `npm run build:firefox` — and compares every file of the result with the Firefox
// package. A package that differs from its sources is refused by AMO, so the release fails first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readZip, type ZipEntry } from './zip';

/** Differences between a package's files and a folder's files, as sentences. */
export function compareWithFolder(entries: ZipEntry[], dir: string): string[] {
  const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const packaged = new Map(entries.map((entry) => [entry.name, entry.data]));
  const problems: string[] = [];
  for (const name of onDisk.sort()) {
    const data = packaged.get(name);
    if (!data) problems.push(`${name}: built from the sources, not in the package`);
    else if (!data.equals(readFileSync(path.join(dir, name)))) problems.push(`${name}: differs from the package`);
    packaged.delete(name);
  }
  for (const name of packaged.keys()) problems.push(`${name}: in the package, not built from the sources`);
  return problems;
}

function unpack(entries: ZipEntry[], dir: string): void {
  for (const { name, data } of entries) {
    const file = path.resolve(dir, name);
    if (!file.startsWith(dir + path.sep)) throw new Error(`Unsafe path in the sources zip: ${name}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

function only(dir: string, suffix: string): string {
  const found = readdirSync(dir).filter((file) => file.endsWith(suffix));
  if (found.length !== 1) throw new Error(`Expected one *${suffix} in ${dir}, found ${found.length}`);
  return path.join(dir, found[0] as string);
}

/** A reviewer's shell: none of the release's or the tests' build settings. */
function reviewerEnv(): NodeJS.ProcessEnv {
  const { WXT_TEST_HOOKS: _hooks, STORE_PACKAGE: _store, RELEASE_SOURCES: _sources, ...env } = process.env;
  return env;
}

function step(command: string, args: string[], cwd: string): void {
  console.log(`  › ${command} ${args.join(' ')}`);
  // npm's engine and install-script warnings are noise here; shown only when the step fails.
  const result = spawnSync(command, args, { cwd, env: reviewerEnv(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: tsx scripts/release/rebuild-check.ts <release dir>');
  process.exit(1);
}
const work = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-rebuild-'));
try {
  unpack(readZip(readFileSync(only(outDir, '-sources.zip'))), work);
  // --prefer-offline: the same registry packages, from npm's cache when it has them.
  step('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], work);
  step('npm', ['run', 'build:firefox'], work);
  const packaged = readZip(readFileSync(only(outDir, '-firefox.zip')));
  const problems = compareWithFolder(packaged, path.join(work, '.output/firefox-mv2'));
  if (problems.length > 0) {
    console.error(`\n✗ The Firefox package is not what its sources build:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`  ✓ all ${packaged.length} files of the Firefox package rebuilt byte for byte from the sources zip`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
