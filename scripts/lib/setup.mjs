// Set-up shared by the README's commands: dependencies and a real browser, installed when missing.
// Plain Node (no dependencies): it runs before `npm ci` has.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

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

// Debian's chromium ships only en-US UI strings; chromium-l10n adds ja, which the Japanese UI
// of the extension (chrome.i18n) needs; firefox-esr-l10n-ja does the same for Firefox ESR.
// fonts-noto-cjk renders Japanese in screenshots.
const BROWSERS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    apt: ['chromium', 'chromium-l10n', 'fonts-noto-cjk'],
    complete: () => !existsSync('/usr/lib/chromium') || existsSync('/usr/lib/chromium/locales/ja.pak'),
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: ['firefox-esr', 'firefox-esr-l10n-ja', 'fonts-noto-cjk'],
    complete: () =>
      !existsSync('/usr/lib/firefox-esr') || existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi'),
  },
};

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Path of the browser's executable; installs Debian's package as root when it is missing. */
export function ensureBrowser(name) {
  const spec = BROWSERS[name];
  const found = () => [process.env[spec.env], ...spec.paths].find((p) => p && existsSync(p));
  const executable = found();
  if (executable && (process.env[spec.env] || spec.complete())) return executable;
  if (!isDebianRoot()) {
    if (executable) return executable;
    throw new Error(
      `${name} was not found. Install it (Debian/Ubuntu: sudo apt-get install ${spec.apt.join(' ')}) or set ${spec.env} to its executable.`,
    );
  }
  console.log(`› apt-get install ${spec.apt.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...spec.apt], { stdio: 'inherit', env });
  const installed = found();
  if (!installed) throw new Error(`apt-get installed ${spec.apt.join(' ')}, but no executable was found.`);
  return installed;
}

/** What the demo and the bench start with: dependencies, Chromium, a production build. */
export function prepareProductionBuild() {
  let executablePath;
  try {
    ensureDependencies();
    executablePath = ensureBrowser('chromium');
  } catch (error) {
    console.error(`\n✗ ${error.message}`);
    process.exit(1);
  }
  console.log('› npx wxt build');
  if (run('npx', ['wxt', 'build']) !== 0) {
    console.error('\n✗ The extension did not build (see the output above).');
    process.exit(1);
  }
  return executablePath;
}
