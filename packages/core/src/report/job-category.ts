import type { Category, Failure, FileReport } from './model.js';

/** A job's best explanation: its rank-1 failure (lowest rank), if it has any. */
export function topFailure(file: FileReport): Failure | undefined {
  return file.failures.reduce<Failure | undefined>((best, failure) => (!best || failure.rank < best.rank ? failure : best), undefined);
}

/** The class a job counts under: its classification, else its top failure's, else `unknown`. */
export function jobCategory(file: FileReport): Category {
  return file.classification?.category ?? topFailure(file)?.category ?? 'unknown';
}
