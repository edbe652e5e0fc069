import { describe, expect, it } from 'vitest';
import { COMMANDS, SETUP_REQUIREMENTS } from '../../scripts/lib/setupRequirements.mjs';
import { startedPrograms, undeclaredPrograms } from '../../scripts/lib/startedPrograms';
import { repositorySources as sourcesWhere } from './repositoryFiles';

const THIS_FILE = 'tests/unit/scripts-setupRequirements.test.ts';
// Fixture pages and the bench's baseline extensions run in a browser, not on the machine.
const IN_A_BROWSER = /^(tests\/fixtures|samples|scripts\/bench\/(naive-extension|observer-only))\//;
const repositorySources = () => sourcesWhere((file) => /\.(tsx?|m?js)$/.test(file) && !IN_A_BROWSER.test(file) && file !== THIS_FILE);

describe('system requirements (scripts/lib/setupRequirements.mjs)', () => {
  it('every program a script or test starts is declared with its Debian package', () => {
    expect(undeclaredPrograms(repositorySources())).toEqual([]);
  });

  it('finds the programs the repository really starts, so the check above cannot pass on nothing', () => {
    const programs = new Set([...repositorySources()].flatMap(([file, source]) => startedPrograms(file, source).map((p) => p.program)));
    for (const program of ['xmllint', 'unshare', '/usr/bin/chromium', '/usr/bin/firefox-esr', 'apt-get']) expect(programs).toContain(program);
  });

  // A deliberately undeclared program in each form the check reads.
  it.each([
    // Template-literal quotes, which the check reads like any other.
    ['scripts/x.mjs', 'const r = spawnSync(`qpdf`, [file]);', 'scripts/x.mjs:1 starts qpdf'],
    ['tests/e2e/x.ts', '\n\nexecFileSync(`convert`, [`a.png`, `b.jpg`]);', 'tests/e2e/x.ts:3 starts convert'],
    ['scripts/x.mjs', "execSync('wkhtmltopdf --quiet a.html a.pdf');", 'scripts/x.mjs:1 starts wkhtmltopdf'],
    ['tests/e2e/x.ts', "launch({ executablePath: process.env.CHROME ?? '/opt/google/chrome/chrome' })", 'tests/e2e/x.ts:1 starts /opt/google/chrome/chrome'],
    ['tests/e2e/x.ts', "const FIREFOX = process.env.FIREFOX_PATH ?? '/opt/firefox/firefox';", 'tests/e2e/x.ts:1 starts /opt/firefox/firefox'],
    ['tests/e2e/x.ts', 'writeFileSync(wrapper, `#!/bin/sh\\nexec firejail --quiet "$@"\\n`);', 'tests/e2e/x.ts:1 starts firejail'],
  ])('%s: %s is refused, naming the file and the program', (file, source, message) => {
    const [violation] = undeclaredPrograms(new Map([[file, source]]));
    expect(violation).toContain(message);
    expect(violation).toContain('does not declare');
  });

  it.each([
    "spawnSync('xmllint', ['--noout', file])",
    "executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'",
    "run('npx', ['tsc', '--noEmit'])",
    'const tail = TAIL.exec(after)?.[0];',
    'spawnSync(options.chromium, args)',
  ])('accepts what is declared or not a program: %s', (source) => {
    expect(undeclaredPrograms(new Map([['scripts/x.mjs', source]]))).toEqual([]);
  });

  it('every entry names what it is, its Debian package, why, and commands that exist', () => {
    for (const entry of SETUP_REQUIREMENTS) {
      expect(Boolean(entry.program) !== Boolean(entry.file), JSON.stringify(entry)).toBe(true);
      expect(entry.debian).toMatch(/^[a-z0-9][a-z0-9+.-]+$/);
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.for.length).toBeGreaterThan(0);
      for (const command of entry.for) expect(COMMANDS).toContain(command);
      if (entry.with) expect(SETUP_REQUIREMENTS.some((owner) => owner.program === entry.with)).toBe(true);
    }
  });
});
