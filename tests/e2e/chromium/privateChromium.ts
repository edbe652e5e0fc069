import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

/*
 * Chromium with real policy files that no other browser sees. /etc/chromium/policies is
 * machine-wide and other test runs use Chromium at the same time, so each browser started here runs
 * in a mount namespace of its own where that folder is a private one (bind mount; needs root, as in
 * CI). Nothing is ever written to /etc.
 */

const SYSTEM_POLICY_ROOT = '/etc/chromium/policies';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright's defaults that stop policy from installing or updating an extension (browser-notes.md).
const BLOCKS_FORCE_INSTALL = [
  '--disable-extensions',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-component-extensions-with-background-pages',
];

export interface PrivatePolicy {
  /** The executable to launch: a wrapper that enters the namespace. */
  executable: string;
  /** What Chromium sees as /etc/chromium/policies/managed. */
  managedDir: string;
  dispose(): void;
}

export function privatePolicyChromium(): PrivatePolicy {
  if (process.getuid?.() !== 0) {
    throw new Error('Policy tests need root for a private mount namespace (unshare --mount), as in CI; nothing was written to /etc.');
  }
  if (!existsSync(SYSTEM_POLICY_ROOT)) {
    throw new Error(`${SYSTEM_POLICY_ROOT} does not exist: the test run makes it (tests/e2e/shared/policyFolders.ts), run it through playwright.config.ts.`);
  }
  const probe = spawnSync('unshare', ['--mount', 'true']);
  if (probe.status !== 0) throw new Error(`unshare --mount failed here (${probe.error ?? probe.stderr}): cannot isolate policy files.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-private-policy-'));
  const policies = path.join(dir, 'policies');
  const managedDir = path.join(policies, 'managed');
  mkdirSync(managedDir, { recursive: true });
  const executable = path.join(dir, 'chromium');
  // $0 = private folder, $1 = Chromium, the rest = Playwright's arguments (its pipe fds pass through exec).
  const inner = `mount --bind "$0" ${SYSTEM_POLICY_ROOT} && chromium="$1" && shift && exec "$chromium" "$@"`;
  writeFileSync(executable, `#!/bin/sh\nexec unshare --mount sh -c '${inner}' "${policies}" "${CHROMIUM}" "$@"\n`);
  chmodSync(executable, 0o755);
  return { executable, managedDir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A persistent context (same profile folder = a restart of the same browser profile). */
export function launchPrivate(
  policy: PrivatePolicy,
  profileDir: string,
  options: { extensionDir?: string; args?: string[] } = {},
): Promise<BrowserContext> {
  const load = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : [];
  return chromium.launchPersistentContext(profileDir, {
    executablePath: policy.executable,
    headless: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    env: { ...process.env, LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja' },
    ignoreDefaultArgs: BLOCKS_FORCE_INSTALL,
    args: [
      ...load,
      '--lang=ja',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-sync',
      '--no-first-run',
      '--no-pings',
      '--disable-domain-reliability',
      '--disable-default-apps',
      ...(options.args ?? []),
    ],
  });
}
