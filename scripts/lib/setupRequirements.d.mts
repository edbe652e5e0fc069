export interface SetupRequirement {
  /** A program the scripts or tests start: looked up at `paths`, then on PATH. */
  program?: string;
  /** A file they rely on (a language pack, a font), at its Debian path. */
  file?: string;
  paths?: string[];
  /** An environment variable naming the program's executable instead. */
  env?: string;
  /** The program whose Debian build the file belongs to. */
  with?: string;
  debian: string;
  for: ('demo' | 'test' | 'release')[];
  why: string;
}

export const GIVEN_PROGRAMS: string[];
export const COMMANDS: ('demo' | 'test' | 'release')[];
export const SETUP_REQUIREMENTS: SetupRequirement[];
export function requirementName(entry: SetupRequirement): string;
