// Makes the release's zips reproducible: wxt zip writes entries in the order it finds them, dated
// by the build; rewritten here sorted and dated by the last commit, two releases of one commit give
// the same bytes (and so the same SHA256SUMS).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readZip, writeZip } from './zip';

/** The committer date of HEAD: the one time every release of that commit shares. */
export function commitTime(root: string): Date {
  const result = spawnSync('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const seconds = Number(result.stdout.trim());
  if (result.status !== 0 || !Number.isInteger(seconds) || seconds <= 0) throw new Error(`git log failed: ${result.stderr}`);
  return new Date(seconds * 1000);
}

export function reproducibleZip(zip: Buffer, time: Date): Buffer {
  return writeZip(readZip(zip), time);
}

/** Rewrites every *.zip directly in `dir`; returns the files rewritten. */
export function rewriteZips(dir: string, time: Date): string[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.zip'))
    .sort()
    .map((file) => path.join(dir, file));
  for (const file of files) writeFileSync(file, reproducibleZip(readFileSync(file), time));
  return files;
}

/** "sha256  relative/path" for every file under `dir`, sorted: the SHA256SUMS format. */
export function checksums(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort()
    .map((file) => `${createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')}  ${file}`);
}
