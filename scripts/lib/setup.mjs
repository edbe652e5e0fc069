// Set-up shared by the README's commands: npm dependencies and what the system must provide
// (setupRequirements.mjs), installed when missing. Plain Node (no dependencies): it runs before
// `npm ci` has, so the entry scripts import anything else only after ensureDependencies().
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { requirementName, SETUP_REQUIREMENTS } from './setupRequirements.mjs';

export const root = path.resolve(import.meta.dirname, '../..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** npm ci when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const lock = path.join(root, 'package-lock.json');
  const installed = path.join(root, 'node_modules/.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› npm ci');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) throw new Error('npm ci failed');
}

const isDebian = () => existsSync('/usr/bin/apt-get');

function onPath(program) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** Where the entry is on this machine, or undefined. An environment override is taken as it is. */
function locate(entry) {
  if (entry.file) return existsSync(entry.file) ? entry.file : undefined;
  const override = entry.env && process.env[entry.env];
  if (override) return existsSync(override) ? override : undefined;
  return (entry.paths ?? []).find((p) => existsSync(p)) ?? onPath(entry.program);
}

function isNeeded(entry, command) {
  if (!entry.for.includes(command)) return false;
  // The files are Debian's paths: elsewhere the same font or language pack lives somewhere else.
  if (entry.file && !isDebian()) return false;
  // A language pack belongs to Debian's build of its browser, not to one named by an override.
  const owner = entry.with && SETUP_REQUIREMENTS.find((e) => e.program === entry.with);
  return !(owner?.env && process.env[owner.env]);
}

export function missingRequirements(command) {
  return SETUP_REQUIREMENTS.filter((entry) => isNeeded(entry, command) && !locate(entry));
}

function describeMissing(missing, command) {
  const lines = missing.map((e) => {
    const override = e.env ? `; or set ${e.env} to its executable` : '';
    return `  - ${requirementName(e)}: Debian/Ubuntu package ${e.debian} (${e.why})${override}`;
  });
  const packages = [...new Set(missing.map((e) => e.debian))].join(' ');
  return `Missing on this machine, needed by ${command}:\n${lines.join('\n')}\nInstall them (Debian/Ubuntu: sudo apt-get install ${packages}) and run the command again.`;
}

/** Installs what `command` needs from the system as root on Debian/Ubuntu; elsewhere names what is missing. */
export function ensureSystem(command) {
  const missing = missingRequirements(command);
  if (missing.length === 0) return;
  if (!(isDebian() && process.getuid?.() === 0)) throw new Error(describeMissing(missing, command));
  const packages = [...new Set(missing.map((e) => e.debian))];
  console.log(`› apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missingRequirements(command);
  if (still.length > 0) throw new Error(`apt-get ran, but this is still missing.\n${describeMissing(still, command)}`);
}

/** The path of a declared program (call ensureSystem first). */
export function executableOf(program) {
  const entry = SETUP_REQUIREMENTS.find((e) => e.program === program);
  const found = entry && locate(entry);
  if (!found) throw new Error(`${program} was not found (is it in scripts/lib/setupRequirements.mjs, and did ensureSystem run?)`);
  return found;
}

/** Chromium for the scripts that need only it (icons, store pictures). */
export function ensureChromium() {
  ensureSystem('release');
  return executableOf('chromium');
}

/**
 * What the demo and the bench start with: dependencies, the system's part, a production build.
 * With `firefox` (the bench) also Firefox ESR's production build (.output/firefox-mv2), and the
 * system's part is the browser tests' set, which declares Firefox ESR and its Japanese language pack.
 */
export function prepareProductionBuild({ firefox = false } = {}) {
  let executablePath;
  try {
    ensureDependencies();
    ensureSystem(firefox ? 'test' : 'demo');
    executablePath = executableOf('chromium');
  } catch (error) {
    console.error(`\n✗ ${error.message}`);
    process.exit(1);
  }
  for (const args of [['wxt', 'build'], ...(firefox ? [['wxt', 'build', '-b', 'firefox']] : [])]) {
    console.log(`› npx ${args.join(' ')}`);
    if (run('npx', args) !== 0) {
      console.error('\n✗ The extension did not build (see the output above).');
      process.exit(1);
    }
  }
  return executablePath;
}
