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
  const taken = new Set<string>();
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
    files.push({ source, relativePath: match, target: uniqueTarget(match, taken) });
  }
  return files;
}

/**
 * Where a found file goes in the folder: `app-logs/` plus its path, each part slugged. Names
 * that slug alike (`App.log`, `app.log`) get `-2`, `-3`… before the extension, so no file
 * overwrites another and each keeps an extension the analysis reads.
 */
function uniqueTarget(match: string, taken: Set<string>): string {
  const target = ['app-logs', ...match.split('/').map((segment) => slugify(segment, 'file'))].join('/');
  const key = (path: string) => path.toLowerCase();
  let unique = target;
  const dot = target.lastIndexOf('.');
  const slash = target.lastIndexOf('/');
  const [stem, extension] = dot > slash ? [target.slice(0, dot), target.slice(dot)] : [target, ''];
  for (let n = 2; taken.has(key(unique)); n++) unique = `${stem}-${n}${extension}`;
  taken.add(key(unique));
  return unique;
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
