import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { silentLogger } from '../logger.js';
import type { Logger } from '../logger.js';
import { printable } from './display-path.js';
import { SourceCollector } from './source-collector.js';
import { DEFAULT_INPUT_LIMITS } from './source.js';
import type { DiscoveredSources, InputLimits } from './source.js';

export interface DiscoverOptions {
  /** Folder that relative paths and globs start from (default: the process's working directory). */
  cwd?: string;
  /** Caps on files, zip entries and sizes (defaults: `DEFAULT_INPUT_LIMITS`). */
  limits?: Partial<InputLimits>;
  logger?: Logger;
}

/**
 * Finds the logs behind the paths a user gave, in the order given. Each path may be:
 * - a file: read whatever its name, unless binary (NUL bytes in its first 8 KiB without a
 *   UTF-16 byte-order mark), which is skipped with a note. Empty files are kept: the analysis
 *   reads no line from them and calls them `unknown`, so an empty log is reported, not lost;
 * - a folder: walked recursively in a fixed order; logs are `*.log`, `*.txt`, `*.out`, `*.err`,
 *   rotated logs and names without an extension; metadata (`*.json`, `*.yml`, `*.xml`, images, …),
 *   hidden entries and `node_modules` are skipped with a debug line; symlinks are followed only
 *   inside the folder;
 * - a glob (`logs/**\/*.log`), resolved against `cwd`, filtered like a folder unless the pattern
 *   names the extension;
 * - a zip (by name or by content): its entries become sources `archive.zip!entry` (see `zip.ts`).
 * A missing path gives the note `path not found: X` and the rest goes on. Collection stops at
 * `maxFiles` sources with a note.
 * @throws ConfigurationError when nothing readable was found at all.
 */
export async function discoverSources(paths: string[], options: DiscoverOptions = {}): Promise<DiscoveredSources> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const limits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  const collector = new SourceCollector(cwd, limits, options.logger ?? silentLogger);
  const given = paths.map((path) => path.trim()).filter((path) => path !== '');
  for (const path of given) {
    if (collector.full) break;
    await collector.addPath(path);
  }
  if (collector.sources.length === 0) throw new ConfigurationError(nothingReadable(given, collector.notes));
  return { sources: collector.sources, notes: collector.notes };
}

/** One line: what was given, what is wrong with it, what to do. */
function nothingReadable(given: readonly string[], notes: readonly string[]): string {
  if (given.length === 0) return 'No log path was given: name log files, folders of logs, globs or run-log zips to analyse.';
  const shownGiven = given.slice(0, 5).map(printable).join(', ') + (given.length > 5 ? `, … (${given.length} paths)` : '');
  const why = notes.slice(0, 3).join('; ') + (notes.length > 3 ? `; and ${notes.length - 3} more` : '');
  return `No readable log in ${shownGiven}: ${why || 'nothing to read'}. Give log files, folders of logs, globs or run-log zips that exist and hold text.`;
}
