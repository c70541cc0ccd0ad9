import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside } from './display-path.js';
import { describeFsError } from './fs-errors.js';
import { compareNames } from './log-names.js';

/** A regular file met while walking, with the path it really lives at (symlinks resolved). */
export interface WalkedFile {
  path: string;
  realPath: string;
}

/** Where the walk reports what it skipped: `note` for what a person should know, `debug` for the rest. */
export interface WalkReporter {
  note(message: string): void;
  debug(message: string): void;
  /** How a path is shown in messages. */
  show(path: string): string;
}

export interface WalkOptions {
  /** How many folder levels below the root to enter (default: all); files at depth 1 are the root's own. */
  maxDepth?: number;
}

/** Folders never worth walking into for logs. Hidden entries (`.git`, `.cache`, …) are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Yields the regular files under `root`, depth first, each folder's entries in `compareNames`
 * order, so the same tree always gives the same sequence. Files come in batches (a run of one
 * folder's files) to keep the walk cheap on folders of thousands of files. Symlinks are followed
 * only when they resolve inside `root` (others are noted and skipped), and a folder already
 * walked is never entered again, so symlink cycles end.
 */
export async function* walkFolder(root: string, reporter: WalkReporter, options: WalkOptions = {}): AsyncGenerator<WalkedFile[]> {
  const realRoot = await realpath(root);
  const state: WalkState = { root, realRoot, visited: new Set([realRoot]), reporter, maxDepth: options.maxDepth ?? Infinity };
  yield* walkInto(root, realRoot, 1, state);
}

interface WalkState {
  root: string;
  realRoot: string;
  visited: Set<string>;
  reporter: WalkReporter;
  maxDepth: number;
}

async function* walkInto(folder: string, realFolder: string, depth: number, state: WalkState): AsyncGenerator<WalkedFile[]> {
  const { reporter } = state;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    reporter.note(`cannot read folder ${reporter.show(folder)}: ${describeFsError(error)}`);
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  let files: WalkedFile[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) {
      reporter.debug(`skipped ${reporter.show(path)} (hidden or dependency folder)`);
      continue;
    }
    if (entry.isFile()) {
      files.push({ path, realPath: join(realFolder, entry.name) });
      continue;
    }
    const folderBelow = entry.isSymbolicLink() ? await followLink(path, depth, state, files) : entry.isDirectory() ? join(realFolder, entry.name) : undefined;
    if (folderBelow === undefined) {
      if (!entry.isSymbolicLink()) reporter.debug(`skipped ${reporter.show(path)} (not a regular file)`);
      continue;
    }
    if (depth >= state.maxDepth) continue;
    state.visited.add(folderBelow);
    if (files.length > 0) yield files;
    files = [];
    yield* walkInto(path, folderBelow, depth + 1, state);
  }
  if (files.length > 0) yield files;
}

/**
 * Resolves a symlink met in the walk: a file inside the root joins `files`; a folder inside the
 * root not walked yet is returned (its real path) to walk into; anything else is skipped.
 */
async function followLink(path: string, depth: number, state: WalkState, files: WalkedFile[]): Promise<string | undefined> {
  const { reporter } = state;
  let realPath: string;
  try {
    realPath = await realpath(path);
  } catch (error) {
    reporter.note(`skipped broken symlink ${reporter.show(path)}: ${describeFsError(error)}`);
    return undefined;
  }
  if (!isInside(realPath, state.realRoot)) {
    reporter.note(`skipped symlink ${reporter.show(path)}: it points outside ${reporter.show(state.root)}`);
    return undefined;
  }
  const target = await stat(realPath).catch(() => undefined);
  if (target?.isFile()) {
    files.push({ path, realPath });
  } else if (target?.isDirectory()) {
    if (!state.visited.has(realPath)) return realPath;
    if (depth < state.maxDepth) reporter.debug(`skipped symlink ${reporter.show(path)}: its folder is already walked (a cycle or an alias)`);
  } else {
    reporter.debug(`skipped symlink ${reporter.show(path)} (not a file or folder)`);
  }
  return undefined;
}
