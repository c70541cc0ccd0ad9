import type { FileReport, JobStatus } from '../report/model.js';
import type { RunIndex } from './run-index.js';
import type { SignatureOf } from './signature.js';

export type Outcome = 'failure' | 'success' | 'other';

/** One job in one run attempt, as known from its API object, its log, or both. */
export interface JobObservation {
  workflow?: string;
  job: string;
  jobId?: number;
  runId?: number;
  attempt?: number;
  headSha?: string;
  outcome: Outcome;
  /** When the attempt started (ISO), for putting observations in time order. */
  at?: string;
  /** Logs of this job in this attempt, sorted. */
  paths: string[];
  /** Failure signature of its log, when there is a failed log. */
  signature?: string;
}

const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
const OTHER_CONCLUSIONS = new Set(['cancelled', 'skipped', 'neutral', 'action_required', 'stale']);

/**
 * The outcome a final job or run conclusion states: `success`; `failure` (also `timed_out`,
 * `startup_failure`); `other` (cancelled, skipped, …). Undefined when there is no final
 * conclusion yet (`in_progress`, `queued`, missing).
 */
export function outcomeOfConclusion(conclusion: string | undefined): Outcome | undefined {
  if (conclusion === 'success') return 'success';
  if (conclusion !== undefined && FAILED_CONCLUSIONS.has(conclusion)) return 'failure';
  if (conclusion !== undefined && OTHER_CONCLUSIONS.has(conclusion)) return 'other';
  return undefined;
}

function outcomeOfStatus(status: JobStatus): Outcome {
  if (status === 'failed') return 'failure';
  if (status === 'passed') return 'success';
  return 'other';
}

/**
 * Every job attempt known from the index (with or without a log) merged with the analysed logs
 * that carry a run context. The API conclusion wins over the log's status when both are known.
 * Logs without a job name in their context cannot be told apart and are left out.
 */
export function observeJobs(files: readonly FileReport[], index: RunIndex, signatureOf: SignatureOf): JobObservation[] {
  const observations: JobObservation[] = [];
  const byJobId = new Map<number, JobObservation>();
  const byAttemptAndName = new Map<string, JobObservation>();
  /** Observations whose outcome is a final API conclusion (a log's status does not override it). */
  const concluded = new Set<JobObservation>();
  const attemptKey = (runId?: number, attempt?: number, job?: string): string => `${runId ?? ''}|${attempt ?? ''}|${job ?? ''}`;
  const remember = (observation: JobObservation): void => {
    observations.push(observation);
    if (observation.jobId !== undefined) byJobId.set(observation.jobId, observation);
    byAttemptAndName.set(attemptKey(observation.runId, observation.attempt, observation.job), observation);
  };

  for (const job of index.allJobs()) {
    const run = index.run(job.runId, job.runAttempt);
    const outcome = outcomeOfConclusion(job.conclusion);
    const observation: JobObservation = {
      workflow: run?.workflow ?? job.workflow,
      job: job.name,
      jobId: job.id,
      runId: job.runId,
      attempt: job.runAttempt ?? run?.attempt,
      headSha: job.headSha ?? run?.headSha,
      outcome: outcome ?? 'other',
      at: run?.createdAt ?? job.startedAt,
      paths: [],
    };
    remember(observation);
    if (outcome) concluded.add(observation);
  }

  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const context = file.context;
    if (!context?.jobName) continue;
    let observation =
      (context.jobId !== undefined ? byJobId.get(context.jobId) : undefined) ??
      byAttemptAndName.get(attemptKey(context.runId, context.runAttempt, context.jobName));
    if (!observation) {
      const outcome = outcomeOfConclusion(context.jobConclusion);
      observation = {
        workflow: context.workflow,
        job: context.jobName,
        jobId: context.jobId,
        runId: context.runId,
        attempt: context.runAttempt,
        headSha: context.headSha,
        outcome: outcome ?? outcomeOfStatus(file.status),
        at: context.createdAt,
        paths: [],
      };
      remember(observation);
      if (outcome) concluded.add(observation);
    } else if (!concluded.has(observation)) {
      observation.outcome = outcomeOfStatus(file.status);
    }
    observation.paths.push(file.path);
    if (file.status === 'failed' && observation.signature === undefined) observation.signature = signatureOf(file);
  }
  return observations;
}
