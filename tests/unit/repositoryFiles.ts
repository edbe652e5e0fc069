import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The repository's files as a clone would have them: tracked, plus new ones git does not ignore. */
export function repositoryFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** The text of the repository's files that `keep` accepts, by path. */
export function repositorySources(keep: (file: string) => boolean): Map<string, string> {
  return new Map(repositoryFiles().filter(keep).map((file) => [file, readFileSync(file, 'utf8')]));
}
