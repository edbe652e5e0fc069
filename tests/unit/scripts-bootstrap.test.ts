import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryFiles } from './repositoryFiles';

/*
 * The README's two commands on a new machine: a copy of the repository without node_modules, and an
 * `npm` that only writes down how it was called and fails. Each entry script must reach `npm ci`
 * with nothing but Node's built-ins (a static import of a package would fail first, with
 * ERR_MODULE_NOT_FOUND), then stop with a clear message.
 */

let copy = '';
let npmCalls = '';

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-new-machine-'));
  for (const file of repositoryFiles()) {
    if (!existsSync(file)) continue;
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(file, path.join(copy, file));
  }
  const bin = path.join(copy, '.stub-bin');
  mkdirSync(bin);
  npmCalls = path.join(copy, 'npm-calls.txt');
  writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "npm $*" >> "${npmCalls}"\nexit 1\n`);
  chmodSync(path.join(bin, 'npm'), 0o755);
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

function runEntry(script: string) {
  rmSync(npmCalls, { force: true });
  const bin = path.join(copy, '.stub-bin');
  const result = spawnSync(process.execPath, [script], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, CI: 'true' },
    timeout: 30_000,
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, npm: existsSync(npmCalls) ? readFileSync(npmCalls, 'utf8') : '' };
}

describe('the README commands on a machine without node_modules', () => {
  it.each([
    ['npm run demo', 'scripts/demo.mjs'],
    ['npm test', 'scripts/test.mjs'],
  ])('%s (%s) reaches `npm ci` before importing any package', (_command, script) => {
    expect(existsSync(path.join(copy, 'node_modules'))).toBe(false);
    const run = runEntry(script);
    expect(run.output).not.toContain('ERR_MODULE_NOT_FOUND');
    expect(run.output).toContain('› npm ci');
    expect(run.npm).toContain('npm ci');
    // npm failed, so the command stops with that said, never as a crash.
    expect(run.status).toBe(1);
    expect(run.output).toContain('npm ci failed');
  });
});
