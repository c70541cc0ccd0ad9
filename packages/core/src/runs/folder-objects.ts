import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { baselinePathsOf, missingFileNotesOf } from './collect-manifest.js';
import { recogniseObjects, type JobRecord, type RunRecord } from './github-objects.js';
import { nameKey } from './job-match.js';

/** The run and job objects stored as JSON files directly in one folder. */
export interface FolderObjects {
  dir: string;
  /** Names of the files and links in the folder, to check that a log is there without another system call. */
  fileNames: Set<string>;
  runs: RunRecord[];
  jobs: JobRecord[];
  /** Job objects stored one per file, by the file's name without `.json` (`build.json` → `build`). */
  jobsByFileStem: Map<string, JobRecord>;
  /** Jobs by {@link nameKey} of their name. */
  jobsByNameKey: Map<string, JobRecord[]>;
  jobsById: Map<number, JobRecord>;
  /** Baseline paths from a collect-logs `manifest.json` in this folder (see {@link baselinePathsOf}). */
  baselinePaths?: string[];
  /** Notes on the files a collect-logs `manifest.json` in this folder lists as missing. */
  missingLogNotes?: string[];
}

export interface FolderReadLimits {
  /** Larger JSON files are skipped (a run's job list is well under 1 MiB). */
  maxJsonBytes: number;
  /** Most JSON files read from one folder. */
  maxJsonFiles: number;
}

export const DEFAULT_FOLDER_READ_LIMITS: FolderReadLimits = {
  maxJsonBytes: 16 * 1024 * 1024,
  maxJsonFiles: 20_000,
};

/**
 * Reads the `*.json` files of folders once each and remembers what they hold, so that thousands
 * of logs sharing a few folders cost one read per folder. Links are not followed; files that are
 * too big, unreadable or not JSON are skipped with a debug line. Reads are synchronous: for
 * many small files they are several times faster than the thread-pool round trips of async
 * reads, and nothing else needs the event loop while contexts load.
 */
export class FolderObjectCache {
  private readonly folders = new Map<string, FolderObjects>();

  constructor(
    private readonly logger: Logger,
    private readonly limits: FolderReadLimits = DEFAULT_FOLDER_READ_LIMITS,
  ) {}

  /** What the folder holds (an empty result for a folder that cannot be listed). */
  get(dir: string): FolderObjects {
    let found = this.folders.get(dir);
    if (!found) {
      found = this.read(dir);
      this.folders.set(dir, found);
    }
    return found;
  }

  private read(dir: string): FolderObjects {
    const found: FolderObjects = { dir, fileNames: new Set(), runs: [], jobs: [], jobsByFileStem: new Map(), jobsByNameKey: new Map(), jobsById: new Map() };
    let names: string[];
    try {
      const entries = readdirSync(dir, { withFileTypes: true });
      for (const entry of entries) if (entry.isFile() || entry.isSymbolicLink()) found.fileNames.add(entry.name);
      names = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json')).map((e) => e.name).sort();
    } catch (error) {
      this.logger.debug(`Run context: cannot list ${dir}: ${describeError(error)}`);
      return found;
    }
    if (names.length > this.limits.maxJsonFiles) {
      this.logger.debug(`Run context: ${dir} holds ${names.length} JSON files; reading the first ${this.limits.maxJsonFiles}`);
      names = names.slice(0, this.limits.maxJsonFiles);
    }
    for (const name of names) {
      const value = this.parse(path.join(dir, name));
      if (value === undefined) continue;
      const baselinePaths = baselinePathsOf(value);
      if (baselinePaths) {
        found.baselinePaths = [...(found.baselinePaths ?? []), ...baselinePaths];
        found.missingLogNotes = [...(found.missingLogNotes ?? []), ...(missingFileNotesOf(value) ?? [])];
        continue;
      }
      const { runs, jobs } = recogniseObjects(value);
      found.runs.push(...runs);
      found.jobs.push(...jobs);
      const [single] = jobs;
      if (single && jobs.length === 1 && runs.length === 0) found.jobsByFileStem.set(name.slice(0, -'.json'.length), single);
    }
    for (const job of found.jobs) {
      const key = nameKey(job.name);
      found.jobsByNameKey.set(key, [...(found.jobsByNameKey.get(key) ?? []), job]);
      found.jobsById.set(job.id, job);
    }
    return found;
  }

  private parse(file: string): unknown {
    try {
      const { size } = statSync(file);
      if (size > this.limits.maxJsonBytes) {
        this.logger.debug(`Run context: skipped ${file}: ${size} bytes is over the ${this.limits.maxJsonBytes}-byte cap`);
        return undefined;
      }
      const text = readFileSync(file, 'utf8');
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      this.logger.debug(`Run context: skipped ${file}: ${describeError(error)}`);
      return undefined;
    }
  }
}
