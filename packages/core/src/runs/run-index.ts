import type { JobRecord, RunRecord } from './github-objects.js';

/**
 * Every workflow run and job object seen beside the logs, keyed by run id: run objects one per
 * attempt, jobs including those without a log (a passing job listed in `jobs.json`). The same
 * object seen twice (two copies of a run folder) is kept once.
 */
export class RunIndex {
  private readonly runsById = new Map<number, Map<number, RunRecord>>();
  private readonly jobsByRun = new Map<number, Map<number, JobRecord>>();
  /** Notes for the report: files a collect-logs manifest lists as not collected. */
  readonly notes: string[] = [];

  /** Adds a run object; a second object for the same run and attempt is ignored. */
  addRun(run: RunRecord): void {
    let attempts = this.runsById.get(run.id);
    if (!attempts) this.runsById.set(run.id, (attempts = new Map()));
    const attempt = run.attempt ?? 0;
    if (!attempts.has(attempt)) attempts.set(attempt, run);
  }

  /** Adds a job object; a second object with the same job id is ignored. */
  addJob(job: JobRecord): void {
    let jobs = this.jobsByRun.get(job.runId);
    if (!jobs) this.jobsByRun.set(job.runId, (jobs = new Map()));
    if (!jobs.has(job.id)) jobs.set(job.id, job);
  }

  /** Run ids with a run object or a job, ascending. */
  runIds(): number[] {
    return [...new Set([...this.runsById.keys(), ...this.jobsByRun.keys()])].sort((a, b) => a - b);
  }

  /** The run objects of one run, by attempt ascending. */
  attempts(runId: number): RunRecord[] {
    return [...(this.runsById.get(runId)?.values() ?? [])].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
  }

  /**
   * The run object of `attempt` when it is known, else the latest known attempt (workflow name,
   * commit and branch are the same across attempts; the conclusion is not).
   */
  run(runId: number, attempt?: number): RunRecord | undefined {
    const attempts = this.runsById.get(runId);
    if (!attempts) return undefined;
    if (attempt !== undefined && attempts.has(attempt)) return attempts.get(attempt);
    return this.attempts(runId).at(-1);
  }

  /** The jobs of one run (all attempts), by job id ascending. */
  jobs(runId: number): JobRecord[] {
    return [...(this.jobsByRun.get(runId)?.values() ?? [])].sort((a, b) => a.id - b.id);
  }

  /** Every job of every run, by run id then job id. */
  allJobs(): JobRecord[] {
    return this.runIds().flatMap((id) => this.jobs(id));
  }

  /** Every run object, by run id then attempt. */
  allRuns(): RunRecord[] {
    return this.runIds().flatMap((id) => this.attempts(id));
  }
}
