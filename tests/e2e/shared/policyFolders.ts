import { existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';

/*
 * The machine-wide policy folders the browser tests write to or mount over. A new Debian machine has
 * no /etc/chromium/policies (the chromium package does not make it), so the run makes what is
 * missing and removes it again at the end: the machine is left as the run found it.
 */

function policyFolders(): string[] {
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const folders = ['/etc/chromium/policies/managed'];
  if (existsSync(firefox)) folders.push(path.join(path.dirname(realpathSync(firefox)), 'distribution'));
  return folders;
}

/** The outermost folder of `dir` that does not exist yet, or undefined. */
function outermostMissing(dir: string): string | undefined {
  let missing: string | undefined;
  for (let at = dir; !existsSync(at); at = path.dirname(at)) missing = at;
  return missing;
}

export default function makePolicyFolders(): () => void {
  const made: string[] = [];
  // Without root the policy tests fail with their own message; nothing is made here.
  if (process.getuid?.() === 0) {
    for (const folder of policyFolders()) {
      const top = outermostMissing(folder);
      if (!top) continue;
      mkdirSync(folder, { recursive: true });
      made.push(top);
    }
  }
  return () => {
    for (const dir of made.reverse()) rmSync(dir, { recursive: true, force: true });
  };
}
