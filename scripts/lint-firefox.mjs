// `node scripts/lint-firefox.mjs <build dir>`: Mozilla's add-on linter (web-ext lint) on a Firefox
// build, as addons.mozilla.org runs it on upload. Fails on any error or notice, and on any warning
// the README ("web-ext lint") does not explain; the explained ones are recognised precisely, so a
// new warning of the same kind elsewhere still fails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib/setup.mjs';

/** The warnings the README explains, each with how to recognise exactly that one. */
const EXPLAINED = [
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    why: 'data_collection_permissions needs Firefox for Android 142; the extension is not offered for Android',
    matches: (warning) => warning.file === 'manifest.json' && warning.description.includes('data_collection_permissions'),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's own support for dangerouslySetInnerHTML, bundled with the UI",
    // The flagged assignment is Preact's `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
    matches: (warning, dir) => {
      const line = readFileSync(path.join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
      return /innerHTML=\w+\.__html/.test(line.slice(Math.max(0, warning.column - 40), warning.column + 40));
    },
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "the content script's import of the panel's UI, from the extension's own fixed path",
    // Flagged: import(…runtime.getURL(`/${PANEL_VIEW_FILE}`)), the constant being the panel view's path.
    matches: (warning, dir) => {
      if (warning.file !== 'content-scripts/content.js' || !warning.message.includes('import')) return false;
      const code = readFileSync(path.join(dir, warning.file), 'utf8');
      return /import\([\w$]+\.runtime\.getURL\(`\/\$\{[\w$]+\}`\)\)/.test(code) && code.includes('"content-scripts/panel-view.js"');
    },
  },
];

export function lintFirefox(dir) {
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    cwd: root,
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.log(`✗ web-ext lint wrote no report:\n${result.stdout}${result.stderr}`);
    return false;
  }
  const { errors, warnings, notices } = report;
  const explained = warnings.filter((w) => EXPLAINED.some((e) => e.code === w.code && e.matches(w, dir)));
  const unexplained = warnings.filter((w) => !explained.includes(w));
  console.log(`web-ext lint ${path.relative(root, dir)}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
  for (const w of explained) {
    console.log(`  explained warning ${w.code} (${w.file}): ${EXPLAINED.find((e) => e.code === w.code && e.matches(w, dir))?.why}`);
  }
  for (const m of [...errors, ...unexplained, ...notices]) {
    console.log(`  ${m._type} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`);
  }
  return errors.length === 0 && unexplained.length === 0 && notices.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/lint-firefox.mjs <firefox build dir>');
    process.exit(2);
  }
  process.exit(lintFirefox(path.resolve(dir)) ? 0 : 1);
}
