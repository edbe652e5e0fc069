/**
 * The one-way arrows between the code's rooms (README, "Layout"): which folder may import which.
 * `npm test` checks every source file against them (tests/unit/scripts-importRules.test.ts); a violation
 * names the rule it breaks.
 */
import path from 'node:path';

export interface Import {
  /** What the file imports: a repository path without extension ('lib/hours/status'), or a package. */
  target: string;
  /** `import type`, `export type`, `typeof import()`, or only `type` specifiers: gone after compiling. */
  typeOnly: boolean;
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  target: string;
  rule: string;
}

interface Rule {
  rule: string;
  /** The importing files the rule is about. */
  from: (file: string) => boolean;
  /** Whether this import breaks the rule. */
  forbids: (imported: Import) => boolean;
}

const under = (...folders: string[]) => (file: string) => folders.some((folder) => file.startsWith(`${folder}/`));
/** Our own files (imports are resolved to repository paths); anything else is a package. */
const isOurs = (target: string) => /^(lib|components|entrypoints|modules|scripts|tests|public)\//.test(target) || target === 'wxt.config';
const extensionApi = (target: string) => target === 'wxt/browser' || target.startsWith('wxt/') || target === 'webextension-polyfill';

export const RULES: readonly Rule[] = [
  {
    rule: 'detection imports no settings and no extension API (it is pure DOM logic, tested without a browser)',
    from: under('lib/detection'),
    forbids: ({ target }) => under('lib/settings')(target) || extensionApi(target) || under('lib/content', 'lib/background', 'components')(target),
  },
  {
    rule: 'hours imports nothing from settings or the browser (it takes its rules as arguments)',
    from: under('lib/hours'),
    forbids: ({ target }) => under('lib/settings', 'lib/content', 'lib/background', 'components')(target) || extensionApi(target) || target === 'lib/i18n/translate',
  },
  {
    rule: 'shared is a leaf: it imports nothing of ours',
    from: under('lib/shared'),
    forbids: ({ target }) => isOurs(target),
  },
  {
    rule: 'content never imports background, hours or policy (they stay out of every page)',
    from: under('lib/content'),
    forbids: ({ target }) => under('lib/background', 'lib/hours', 'lib/policy')(target),
  },
  {
    rule: 'background never imports the content script',
    from: under('lib/background'),
    forbids: ({ target }) => under('lib/content')(target),
  },
  {
    rule: 'components import detection only as types',
    from: under('components'),
    forbids: ({ target, typeOnly }) => under('lib/detection')(target) && !typeOnly,
  },
  {
    rule: 'lib imports components only as types or stylesheets (views are loaded by entrypoints or by URL)',
    from: under('lib'),
    forbids: ({ target, typeOnly }) => under('components')(target) && !typeOnly && !target.endsWith('.css'),
  },
  {
    rule: 'policy is Node-only: imported only from build scripts, modules, tests and wxt.config.ts',
    from: (file) => !under('lib/policy', 'scripts', 'modules', 'tests')(file) && file !== 'wxt.config.ts',
    forbids: ({ target }) => under('lib/policy')(target),
  },
  {
    rule: 'nothing imports entrypoints (they are the thin ends that WXT builds)',
    from: () => true,
    forbids: ({ target }) => under('entrypoints')(target),
  },
];

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|(typeof\s+)?import\s*\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g;

/** The imports of one source file, with targets resolved against the repository root. */
export function importsOf(file: string, source: string): Import[] {
  const imports: Import[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const specifier = m[4] ?? m[5] ?? m[7];
    if (!specifier) continue;
    const clause = m[3] ?? '';
    const onlyTypeSpecifiers = /^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((s) => s.startsWith('type'));
    const typeOnly = Boolean(m[2] || m[6]) || (clause !== '' && onlyTypeSpecifiers);
    const start = m.index + m[0].length - m[0].replace(/^[\s;]+/, '').length;
    const line = source.slice(0, start).split('\n').length;
    imports.push({ target: resolveTarget(file, specifier), typeOnly, line });
  }
  return imports;
}

function resolveTarget(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, '')));
  return resolved.replace(/\.(tsx?|mjs|js)$/, '');
}

/** Every import in `sources` (repository path → text) that breaks a rule. */
export function importRuleViolations(sources: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  for (const [file, source] of sources) {
    const rules = RULES.filter((r) => r.from(file));
    if (rules.length === 0) continue;
    for (const imported of importsOf(file, source)) {
      for (const { rule, forbids } of rules) {
        if (forbids(imported)) violations.push({ file, line: imported.line, target: imported.target, rule });
      }
    }
  }
  return violations;
}
