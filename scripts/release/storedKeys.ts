// What the extension stores, read from its code and its settings definition, and what the privacy
// policy says it stores: the release fails when the two differ (docs/privacy.*.md, "What it stores").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { SETTINGS } from '../../lib/settings/definition';

/** "local:settings": a storage area and a top-level key in it. */
export type StoredKey = `${string}:${string}`;

export interface StoredKeys {
  keys: Set<StoredKey>;
  /** Setting key → the top-level keys that may hold it ("settings", "policyCache"). */
  fields: Map<string, Set<string>>;
}

/** The shipped code: everything WXT bundles comes from these folders (tests and scripts excluded). */
const CODE_DIRS = ['lib', 'components', 'entrypoints'];
const WRITES = new Set(['set', 'remove', 'clear']);
const STORAGE_AREA = /\bstorage\s*(\.\s*(local|session|sync)\b|\[)/;

export function codeFiles(root: string): { file: string; text: string }[] {
  return CODE_DIRS.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
      .sort()
      .map((file) => ({ file: path.join(dir, file), text: readFileSync(path.join(root, dir, file), 'utf8') })),
  );
}

function stringArgument(node: ts.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * Every key written to extension storage. All writes go through `storedValue(area, key, …)` with
 * literal arguments, so the keys can be read off the code; a write anywhere else (outside
 * storedValue's own body) or with a computed key is reported, because then no list could be trusted.
 */
export function keysWrittenByCode(files: { file: string; text: string }[]): { keys: Set<StoredKey>; problems: string[] } {
  const keys = new Set<StoredKey>();
  const problems: string[] = [];
  for (const { file, text } of files) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node, insideStoredValue: boolean): void => {
      if (ts.isFunctionDeclaration(node) && node.name?.text === 'storedValue') {
        node.body?.forEachChild((child) => visit(child, true));
        return;
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (ts.isIdentifier(callee) && callee.text === 'storedValue') {
          const [area, key] = [stringArgument(node.arguments[0]), stringArgument(node.arguments[1])];
          if (area && key) keys.add(`${area}:${key}`);
          else problems.push(`${where(node)}: storedValue() with a computed area or key`);
        } else if (!insideStoredValue && ts.isPropertyAccessExpression(callee) && WRITES.has(callee.name.text)) {
          if (STORAGE_AREA.test(callee.expression.getText(source))) {
            problems.push(`${where(node)}: writes to extension storage outside storedValue(): ${callee.getText(source)}`);
          }
        }
      }
      node.forEachChild((child) => visit(child, insideStoredValue));
    };
    visit(source, false);
  }
  return { keys, problems };
}

/**
 * Which setting may sit under which stored key, from the settings definition: saveUserSetting
 * writes only settings a user may change into "settings"; "policyCache" copies the policy, which
 * holds the settings an administrator may set; "effectiveSettings" holds every setting as the
 * background resolved it, for the content script (lib/settings/published.ts).
 */
export function settingFields(): Map<string, Set<string>> {
  return new Map(
    Object.entries(SETTINGS).map(([key, definition]) => [
      key,
      new Set([...(definition.user ? ['settings'] : []), ...(definition.policy ? ['policyCache'] : []), 'effectiveSettings']),
    ]),
  );
}

function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
}

const CODE = /^`([^`]+)`$/;

/**
 * The policy's tables: rows "| `storage.local` | `settings` | …" name stored keys; rows
 * "| `role` | … | `settings`, `policyCache` |" say where each setting is kept.
 */
export function keysInPolicy(markdown: string): StoredKeys {
  const keys = new Set<StoredKey>();
  const fields = new Map<string, Set<string>>();
  const rows = markdown.split('\n').filter((line) => line.trim().startsWith('|')).map(cells);
  for (const row of rows) {
    const area = CODE.exec(row[0] ?? '')?.[1]?.match(/^storage\.(\w+)$/)?.[1];
    const key = CODE.exec(row[1] ?? '')?.[1];
    if (area && key) keys.add(`${area}:${key}`);
  }
  const topLevel = new Set([...keys].map((key) => key.split(':')[1]));
  for (const row of rows) {
    const setting = CODE.exec(row[0] ?? '')?.[1];
    const holders = [...(row.at(-1) ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    if (setting && !setting.startsWith('storage.') && holders.length > 0 && holders.every((h) => topLevel.has(h))) {
      fields.set(setting, new Set(holders));
    }
  }
  return { keys, fields };
}

function describe(set: Iterable<string>): string {
  return [...set].sort().join(', ') || '(none)';
}

/** Differences between what the code stores and what a policy document says, as sentences. */
export function compareStoredKeys(code: StoredKeys, policy: StoredKeys, document: string): string[] {
  const problems: string[] = [];
  const missing = [...code.keys].filter((key) => !policy.keys.has(key));
  const extra = [...policy.keys].filter((key) => !code.keys.has(key));
  if (missing.length) problems.push(`${document}: stored by the code but not in the policy: ${describe(missing)}`);
  if (extra.length) problems.push(`${document}: in the policy but never stored by the code: ${describe(extra)}`);
  for (const [setting, holders] of code.fields) {
    const said = policy.fields.get(setting);
    if (!said) problems.push(`${document}: setting "${setting}" is not listed`);
    else if (describe(said) !== describe(holders)) {
      problems.push(`${document}: setting "${setting}" is kept under ${describe(holders)}, the policy says ${describe(said)}`);
    }
  }
  for (const setting of policy.fields.keys()) {
    if (!code.fields.has(setting)) problems.push(`${document}: lists "${setting}", which is no setting`);
  }
  return problems;
}

/** What the code in `root` stores, or the reasons it cannot be told. */
export function storedKeysOfCode(root: string): { stored: StoredKeys; problems: string[] } {
  const { keys, problems } = keysWrittenByCode(codeFiles(root));
  return { stored: { keys, fields: settingFields() }, problems };
}
