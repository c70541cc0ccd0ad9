import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { walkFolder } from './walk.js';
import type { WalkedFile, WalkReporter } from './walk.js';

/** True when `text` holds glob syntax (`*`, `?`, `[…]`, `{a,b}`, `**`). */
export function isGlob(text: string): boolean {
  return picomatch.scan(text.replace(/\\/g, '/')).isGlob;
}

/**
 * The files a glob matches, resolved against `cwd`, in the order of a folder walk. The glob's
 * fixed leading folders (`logs` in `logs/**\/*.txt`) are walked like a folder given by name, with
 * the same safety: a symlink that resolves outside them is noted and skipped, cycles end, and
 * hidden entries and `node_modules` are not searched. Without `**`, the walk goes no deeper than
 * the pattern does.
 */
export async function* expandGlob(pattern: string, cwd: string, reporter: WalkReporter): AsyncGenerator<WalkedFile[]> {
  const { base, glob } = picomatch.scan(pattern.replace(/\\/g, '/'));
  const baseFolder = resolve(cwd, base);
  const isFolder = await stat(baseFolder).then((info) => info.isDirectory(), () => false);
  if (!isFolder) return;
  const matches = picomatch(glob, { dot: false });
  const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length;
  for await (const batch of walkFolder(baseFolder, reporter, { maxDepth })) {
    const matched = batch.filter((file) => matches(relative(baseFolder, file.path).split(sep).join('/')));
    if (matched.length > 0) yield matched;
  }
}
