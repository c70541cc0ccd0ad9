import path from 'node:path';
import type { JobRecord } from './github-objects.js';

/** What a log's location says about which job it belongs to. */
export interface LogNames {
  /** The log file's name without its extension (`build.log` → `build`). */
  fileStem: string;
  /** Name keys (see {@link nameKey}) of the file stem and the folders holding the log. */
  keys: Set<string>;
  /** Long numbers in those names, which may be job ids (`40623232672.log`). */
  numbers: Set<number>;
}

const RUN_LOG_ENTRY_PREFIX = /^\d+_/;
const LONG_NUMBER = /\d{6,}/g;

/**
 * Letters and digits only, lower-cased, so that a job name and the slugs collectors make of it
 * compare equal: `test (22.x)`, `test--22-x-` and `Test_22_x` all give `test22x`.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The names a log is known by: its file stem, the stem without the `N_` prefix of run-log zip
 * entries (`1_build.txt`), and the names of the folders holding it (its own folder on disk,
 * and the folders inside a zip).
 */
export function logNames(fileName: string, folderNames: readonly string[]): LogNames {
  const fileStem = path.basename(fileName, path.extname(fileName));
  const names = [fileStem, fileStem.replace(RUN_LOG_ENTRY_PREFIX, ''), ...folderNames];
  const keys = new Set(names.map(nameKey).filter((key) => key !== ''));
  const numbers = new Set<number>();
  for (const name of names) {
    for (const match of name.matchAll(LONG_NUMBER)) {
      const value = Number(match[0]);
      if (Number.isSafeInteger(value)) numbers.add(value);
    }
  }
  return { fileStem, keys, numbers };
}

/** The jobs of a folder whose name or id matches one of the log's names. */
export function jobsNamedBy(
  folder: { jobsByNameKey: ReadonlyMap<string, JobRecord[]>; jobsById: ReadonlyMap<number, JobRecord> },
  names: LogNames,
): JobRecord[] {
  const matches = new Set<JobRecord>();
  for (const key of names.keys) for (const job of folder.jobsByNameKey.get(key) ?? []) matches.add(job);
  for (const id of names.numbers) {
    const job = folder.jobsById.get(id);
    if (job) matches.add(job);
  }
  return [...matches];
}

/** Of several matching jobs (the same job in several attempts), the latest attempt; ties by highest id. */
export function latestJob(jobs: readonly JobRecord[]): JobRecord | undefined {
  let best: JobRecord | undefined;
  for (const job of jobs) {
    if (!best || (job.runAttempt ?? 0) > (best.runAttempt ?? 0) || ((job.runAttempt ?? 0) === (best.runAttempt ?? 0) && job.id > best.id)) {
      best = job;
    }
  }
  return best;
}
