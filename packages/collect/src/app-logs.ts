import { constants, type ReadStream } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ConfigurationError, type Logger } from '@prodfix/core';
import { glob } from 'tinyglobby';
import { slugify } from './slug.js';

/** One workspace file picked for collection. */
export interface AppLogFile {
  /** Absolute path of the source file (inside the workspace). */
  source: string;
  /** Path relative to the workspace, as matched (posix separators). */
  relativePath: string;
  /** Where it goes, relative to the output folder (posix separators, each segment slugged). */
  target: string;
}

/** Where to look and what to skip. */
export interface AppLogSearch {
  workspace: string;
  globs: readonly string[];
  /** Folders (absolute) never collected from, such as the output folder itself. */
  exclude: readonly string[];
  logger: Logger;
}

/**
 * Files in the workspace that match the globs: regular files only, never through a symbolic
 * link, and never a path whose real location is outside the workspace. Patterns that are
 * absolute or climb out with `..` are refused.
 */
export async function findAppLogs(search: AppLogSearch): Promise<AppLogFile[]> {
  checkAppLogPatterns(search.globs);
  if (search.globs.length === 0) return [];
  const root = await realpath(search.workspace);
  const ignore = search.exclude
    .map((dir) => relative(root, dir).split(sep).join('/'))
    .filter((dir) => dir !== '' && !dir.startsWith('..'))
    .map((dir) => `${dir}/**`);
  const matches = await glob([...search.globs], {
    cwd: root,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['.git/**', '**/node_modules/**', ...ignore],
    expandDirectories: false,
  });
  const files: AppLogFile[] = [];
  for (const match of matches.sort()) {
    const source = join(root, match);
    const stat = await lstat(source);
    if (!stat.isFile()) {
      search.logger.warning(`app-logs: skipped ${match}: not a regular file (links are never followed)`);
      continue;
    }
    const real = await realpath(source);
    if (real !== root && !real.startsWith(root + sep)) {
      search.logger.warning(`app-logs: skipped ${match}: it resolves outside the workspace`);
      continue;
    }
    const target = ['app-logs', ...match.split('/').map((segment) => slugify(segment, 'file'))].join('/');
    files.push({ source, relativePath: match, target });
  }
  return files;
}

/** Refuses (ConfigurationError) patterns that are absolute or climb out of the workspace with `..`. */
export function checkAppLogPatterns(globs: readonly string[]): void {
  for (const pattern of globs) {
    if (isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new ConfigurationError(`app-logs pattern ${JSON.stringify(pattern)} must be relative to the workspace and must not use '..'`);
    }
  }
}

/** Opens a found file for reading, refusing to follow a link swapped in since it was found. */
export async function openAppLog(file: AppLogFile): Promise<ReadStream> {
  const handle = await open(file.source, constants.O_RDONLY | constants.O_NOFOLLOW);
  return handle.createReadStream();
}
