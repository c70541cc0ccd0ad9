/**
 * GitHub's run-log zip holds one `N_<job>.txt` per job at the top level and, beside it, a folder
 * per job with one `<n>_<step>.txt` per step: the same lines twice. When a job's top-level log
 * is there it is read and that job's step files are dropped; a job folder without a top-level
 * log (some downloads have only the folders) is read step by step.
 */
export function preferJobLogs<T extends { name: string }>(entries: readonly T[]): { kept: T[]; duplicates: T[] } {
  const jobs = new Set<string>();
  for (const { name } of entries) {
    const job = JOB_LOG.exec(name)?.[1];
    if (job !== undefined) jobs.add(jobKey(job));
  }
  const kept: T[] = [];
  const duplicates: T[] = [];
  for (const entry of entries) {
    const step = STEP_LOG.exec(entry.name);
    if (step?.[1] !== undefined && jobs.has(jobKey(step[1]))) duplicates.push(entry);
    else kept.push(entry);
  }
  return { kept, duplicates };
}

const JOB_LOG = /^\d+_([^/]+)\.txt$/;
const STEP_LOG = /^([^/]+)\/\d+_[^/]+\.txt$/;

/** Job names are written with different characters dropped in file and folder names: compare letters and digits. */
function jobKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
