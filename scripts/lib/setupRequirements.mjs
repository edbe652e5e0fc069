// What the project needs from the operating system beyond Node.js, npm and git: the one list.
// Plain Node (no dependencies): the set-up reads it before `npm ci` has run.
//
// Each entry is a program the scripts and tests start (found on PATH, or at one of `paths`) or a
// file they rely on (a language pack, a font), the Debian package that provides it, and the
// commands that need it. scripts/lib/setup.mjs installs what a command is missing from it;
// tests/unit/scripts-setupRequirements.test.ts fails when a script or test starts a program that
// is not declared here.

/** Programs a machine that can run the README's commands has by definition: they need no entry. */
export const GIVEN_PROGRAMS = ['node', 'npm', 'npx', 'git', 'sh', 'apt-get'];

/** The README's commands (and the release, which builds the store pictures). */
export const COMMANDS = ['demo', 'test', 'release'];

export const SETUP_REQUIREMENTS = [
  {
    program: 'chromium',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    env: 'CHROMIUM_PATH',
    debian: 'chromium',
    for: ['demo', 'test', 'release'],
    why: 'the demo, the browser tests, the store pictures and CRX packing',
  },
  {
    // Debian's chromium ships only en-US UI strings; the extension's Japanese messages (chrome.i18n) need this.
    file: '/usr/lib/chromium/locales/ja.pak',
    with: 'chromium',
    debian: 'chromium-l10n',
    for: ['demo', 'test', 'release'],
    why: "Chromium's Japanese UI language",
  },
  {
    program: 'firefox-esr',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    env: 'FIREFOX_PATH',
    debian: 'firefox-esr',
    // The bench measures Firefox ESR too: it sets up with this list's 'test' set (scripts/lib/setup.mjs).
    for: ['test'],
    why: 'the browser tests and the bench in Firefox ESR',
  },
  {
    file: '/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi',
    with: 'firefox-esr',
    debian: 'firefox-esr-l10n-ja',
    for: ['test'],
    why: "Firefox ESR's Japanese UI language",
  },
  {
    file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    debian: 'fonts-noto-cjk',
    for: ['demo', 'test', 'release'],
    why: 'Japanese text in screenshots, printouts and the patient slip',
  },
  // The patient slip's other scripts (lib/slip/text): Windows has Leelawadee UI, Nirmala UI and
  // Segoe UI; on Debian one package brings the Noto fonts for them, and Chinese and Korean come
  // with fonts-noto-cjk above. tests/e2e/chromium/slip-fonts.spec.ts proves no glyph is missing.
  {
    file: '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf',
    debian: 'fonts-noto-core',
    for: ['demo', 'test', 'release'],
    why: 'Thai text on the patient slip',
  },
  {
    file: '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf',
    debian: 'fonts-noto-core',
    for: ['demo', 'test', 'release'],
    why: 'Nepali (Devanagari) text on the patient slip',
  },
  {
    file: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
    debian: 'fonts-noto-core',
    for: ['demo', 'test', 'release'],
    why: "Vietnamese's stacked diacritics and the other Latin-script slips",
  },
  {
    program: 'xmllint',
    debian: 'libxml2-utils',
    for: ['test'],
    why: 'validating the ADMX/ADML policy templates against their schema',
  },
  {
    program: 'pdftotext',
    debian: 'poppler-utils',
    for: ['test'],
    why: 'reading the text of a printed page (nothing of ours prints)',
  },
  {
    program: 'pdftoppm',
    debian: 'poppler-utils',
    for: ['test'],
    why: 'rasterising a printed page to look for our highlight colour',
  },
  {
    program: 'unshare',
    debian: 'util-linux',
    for: ['test'],
    why: 'a private mount namespace for the Chromium policy tests',
  },
  {
    program: 'mount',
    debian: 'mount',
    for: ['test'],
    why: 'bind-mounting a private policy folder inside that namespace',
  },
];

/** The name an entry goes by in messages and checks. */
export const requirementName = (entry) => entry.program ?? entry.file;
