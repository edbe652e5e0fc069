import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * Firefox with a policies.json that no other browser sees: Firefox reads distribution/policies.json
 * next to its executable, a machine-wide folder other test runs use at the same time. Each Firefox
 * started here runs in a mount namespace of its own where that folder is a private copy (bind
 * mount; needs root, as in CI). Nothing is written to the system folder.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface PrivateFirefox {
  /** The executable to launch: a wrapper that enters the namespace. */
  executable: string;
  /** Writes the policies.json this browser reads (at start-up: write it before launching). */
  writePolicies(policies: unknown): void;
  dispose(): void;
}

export function privatePolicyFirefox(): PrivateFirefox {
  if (process.getuid?.() !== 0) throw new Error('Firefox policy tests need root for a private mount namespace (unshare --mount), as in CI.');
  // Debian links /usr/lib/firefox-esr/distribution to /usr/share/firefox-esr/distribution.
  const systemDir = realpathSync(path.join(path.dirname(realpathSync(FIREFOX)), 'distribution'));
  const probe = spawnSync('unshare', ['--mount', 'true']);
  if (probe.status !== 0) throw new Error(`unshare --mount failed here (${probe.error ?? probe.stderr}): cannot isolate policies.json.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-private-firefox-'));
  const distribution = path.join(dir, 'distribution');
  // The rest of the folder (search plugins) stays as the package installed it.
  mkdirSync(distribution, { recursive: true });
  if (existsSync(systemDir)) cpSync(systemDir, distribution, { recursive: true });
  rmSync(path.join(distribution, 'policies.json'), { force: true });
  const executable = path.join(dir, 'firefox');
  const inner = `mount --bind "$0" "${systemDir}" && firefox="$1" && shift && exec "$firefox" "$@"`;
  writeFileSync(executable, `#!/bin/sh\nexec unshare --mount sh -c '${inner}' "${distribution}" "${FIREFOX}" "$@"\n`);
  chmodSync(executable, 0o755);
  return {
    executable,
    writePolicies: (policies) => writeFileSync(path.join(distribution, 'policies.json'), JSON.stringify(policies)),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
