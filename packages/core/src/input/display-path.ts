import { isAbsolute, relative, sep } from 'node:path';

/**
 * A path as shown to people: relative to `cwd` when it lies inside, absolute otherwise, with
 * control characters escaped so that a hostile file name cannot break a line of output.
 */
export function displayPath(absolutePath: string, cwd: string): string {
  const fromCwd = relative(cwd, absolutePath);
  const inside = fromCwd !== '' && fromCwd !== '..' && !fromCwd.startsWith(`..${sep}`) && !isAbsolute(fromCwd);
  return printable(inside ? fromCwd : absolutePath);
}

/** Escapes C0/C1 control characters (newlines, ESC, …) as `\xNN` so the text stays on one line. */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** True when `candidate` is `folder` or lies below it (both already resolved, symlinks included). */
export function isInside(candidate: string, folder: string): boolean {
  const fromFolder = relative(folder, candidate);
  return fromFolder === '' || (fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder));
}
