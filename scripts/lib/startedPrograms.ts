/**
 * Every program a script or test starts must be declared in setupRequirements.mjs, or a new machine
 * meets it missing only when that line runs. `npm test` checks the repository's sources
 * (tests/unit/scripts-setupRequirements.test.ts); this module finds what they start and what is undeclared.
 */
import { GIVEN_PROGRAMS, SETUP_REQUIREMENTS } from './setupRequirements.mjs';

export interface StartedProgram {
  file: string;
  line: number;
  /** A program name ('xmllint') or an absolute path ('/usr/bin/chromium'). */
  program: string;
}

// A call that starts a process with a literal program (not a method such as RegExp's `.exec(`).
const PROCESS_CALL = /(?<![\w.])(?:spawn|spawnSync|execFile|execFileSync|exec|execSync|run)\(\s*(['"`])([^'"`$]+)\1/g;
// A browser launched from a literal path: Playwright's and puppeteer's `executablePath`.
const EXECUTABLE_PATH = /executablePath:\s*([^,}\n]+)/g;
const STRING_LITERAL = /(['"`])([^'"`$]+)\1/g;
// The fallback of a browser's path variable: `process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'`.
const ENV_FALLBACK = /process\.env\.(\w+)\s*\?\?\s*(['"`])([^'"`$]+)\2/g;
const PATH_VARIABLES = new Set(SETUP_REQUIREMENTS.flatMap((entry) => (entry.env ? [entry.env] : [])));
// A wrapper script written by a test: a shebang, then `exec PROGRAM` (in the source, \n may be an escape).
const SHELL_EXEC = /#!\/bin\/(?:ba)?sh(?:\\n|\n)(?:[^`'"]*?(?:\\n|\n))?exec\s+([a-z][\w.-]*)/g;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

export function startedPrograms(file: string, source: string): StartedProgram[] {
  const found: StartedProgram[] = [];
  const add = (program: string, index: number) => found.push({ file, line: lineOf(source, index), program });
  for (const m of source.matchAll(PROCESS_CALL)) add((m[2] ?? '').trim().split(/\s+/)[0] ?? '', m.index);
  for (const m of source.matchAll(EXECUTABLE_PATH)) {
    for (const literal of (m[1] ?? '').matchAll(STRING_LITERAL)) add(literal[2] ?? '', m.index);
  }
  for (const m of source.matchAll(ENV_FALLBACK)) if (PATH_VARIABLES.has(m[1] ?? '')) add(m[3] ?? '', m.index);
  for (const m of source.matchAll(SHELL_EXEC)) add(m[1] ?? '', m.index);
  return found;
}

function isDeclared(program: string): boolean {
  if (program.startsWith('/')) return SETUP_REQUIREMENTS.some((entry) => entry.paths?.includes(program));
  return GIVEN_PROGRAMS.includes(program) || SETUP_REQUIREMENTS.some((entry) => entry.program === program);
}

/** One message per start of an undeclared program, naming the file, the line and the program. */
export function undeclaredPrograms(sources: ReadonlyMap<string, string>): string[] {
  return [...sources]
    .flatMap(([file, source]) => startedPrograms(file, source))
    .filter(({ program }) => !isDeclared(program))
    .map(({ file, line, program }) => `${file}:${line} starts ${program}, which scripts/lib/setupRequirements.mjs does not declare (add it with its Debian package)`);
}
