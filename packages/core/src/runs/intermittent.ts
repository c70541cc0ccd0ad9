import type { FileReport, IntermittentFailure } from '../report/model.js';
import type { RunRecord } from './github-objects.js';
import { observeJobs, outcomeOfConclusion, type JobObservation } from './job-observations.js';
import type { RunIndex } from './run-index.js';
import { defaultSignature, type SignatureOf } from './signature.js';

/** The job name used when a whole run passed on re-run and its failed jobs are not known. */
export const WHOLE_RUN = '(whole run)';

const REASON_ORDER: IntermittentFailure['reason'][] = [
  'failed-and-passed-on-same-commit',
  'passed-on-rerun',
  'alternating-signature',
  'known-flaky-signature',
];
const MAX_SIGNATURE_IN_DETAIL = 80;

/**
 * Flags jobs (workflow + job name) that look intermittent across the runs in the input:
 * - failed and passed on the same commit in different runs;
 * - failed, then passed when the same run was re-run (a later attempt);
 * - failed with two recurring signatures that switch back and forth (A, B, A) across runs.
 * Job conclusions come from the stored API objects (also for jobs whose log we do not have)
 * and from the analysed logs. Results are sorted by workflow, job, reason, commit and run.
 *
 * @param signatureOf how to tell two failures apart (default: category + masked title of the
 *   rank-1 failure).
 */
export function findIntermittent(
  files: readonly FileReport[],
  index: RunIndex,
  signatureOf: SignatureOf = defaultSignature,
): IntermittentFailure[] {
  const observations = observeJobs(files, index, signatureOf);
  const flags = [...sameCommit(observations), ...passedOnRerun(observations, index), ...alternating(observations)];
  return flags.sort(compareFlags);
}

function sameCommit(observations: JobObservation[]): IntermittentFailure[] {
  const flags: IntermittentFailure[] = [];
  for (const group of groupBy(observations.filter((o) => o.headSha !== undefined), (o) => `${jobKey(o)}\u0000${o.headSha}`)) {
    const failed = group.filter((o) => o.outcome === 'failure');
    const passed = group.filter((o) => o.outcome === 'success');
    const differentRuns = failed.some((f) => passed.some((p) => f.runId === undefined || f.runId !== p.runId));
    if (!differentRuns) continue;
    const first = group[0]!;
    const sha = first.headSha!;
    flags.push({
      workflow: first.workflow,
      job: first.job,
      headSha: sha,
      reason: 'failed-and-passed-on-same-commit',
      detail: `${describeJob(first)} failed ${times(failed.length)} and passed ${times(passed.length)} on commit ${sha.slice(0, 7)}: same code, different outcome`,
      runs: runIds([...failed, ...passed]),
      paths: pathsOf([...failed, ...passed]),
    });
  }
  return flags;
}

function passedOnRerun(observations: JobObservation[], index: RunIndex): IntermittentFailure[] {
  const flags: IntermittentFailure[] = [];
  const runsWithFlag = new Set<number>();
  const withRun = observations.filter((o) => o.runId !== undefined && o.attempt !== undefined);
  for (const group of groupBy(withRun, (o) => `${jobKey(o)}\u0000${o.runId}`)) {
    const runId = group[0]!.runId!;
    for (const failure of group.filter((o) => o.outcome === 'failure').sort(byAttempt)) {
      const laterPass = passedAfter(group, failure.attempt!, index.attempts(runId));
      if (laterPass === undefined) continue;
      runsWithFlag.add(runId);
      flags.push({
        workflow: failure.workflow,
        job: failure.job,
        headSha: failure.headSha,
        reason: 'passed-on-rerun',
        detail: `${describeJob(failure)} failed on attempt ${failure.attempt} of run ${runId} and passed on re-run attempt ${laterPass}`,
        runs: [runId],
        paths: pathsOf(group),
      });
      break;
    }
  }
  const failedJobRuns = new Set(withRun.filter((o) => o.outcome === 'failure').map((o) => o.runId));
  for (const runId of index.runIds()) {
    if (runsWithFlag.has(runId) || failedJobRuns.has(runId)) continue;
    const attempts = index.attempts(runId).filter((r) => r.attempt !== undefined);
    const failed = attempts.find((r) => outcomeOfConclusion(r.conclusion) === 'failure');
    const passed = failed && attempts.find((r) => r.attempt! > failed.attempt! && outcomeOfConclusion(r.conclusion) === 'success');
    if (!failed || !passed) continue;
    flags.push({
      workflow: failed.workflow,
      job: WHOLE_RUN,
      headSha: failed.headSha,
      reason: 'passed-on-rerun',
      detail: `run ${runId}${failed.workflow ? ` of "${failed.workflow}"` : ''} failed on attempt ${failed.attempt} and succeeded on re-run attempt ${passed.attempt}`,
      runs: [runId],
      paths: [],
    });
  }
  return flags;
}

/**
 * The first attempt after `attempt` in which the job passed: its own observation says success,
 * or (no observation of the job in that attempt) the whole run attempt succeeded.
 */
function passedAfter(
  group: JobObservation[],
  attempt: number,
  runAttempts: RunRecord[],
): number | undefined {
  const jobPass = group.filter((o) => o.attempt! > attempt && o.outcome === 'success').sort(byAttempt)[0];
  const runPass = runAttempts.find(
    (r) =>
      r.attempt !== undefined &&
      r.attempt > attempt &&
      outcomeOfConclusion(r.conclusion) === 'success' &&
      !group.some((o) => o.attempt === r.attempt),
  );
  const candidates = [jobPass?.attempt, runPass?.attempt].filter((a): a is number => a !== undefined);
  return candidates.length > 0 ? Math.min(...candidates) : undefined;
}

function alternating(observations: JobObservation[]): IntermittentFailure[] {
  const flags: IntermittentFailure[] = [];
  const failedWithSignature = observations.filter((o) => o.outcome === 'failure' && o.signature !== undefined);
  for (const group of groupBy(failedWithSignature, jobKey)) {
    const ordered = [...group].sort(byTime);
    const signatures = ordered.map((o) => o.signature!);
    const pair = alternatingPair(signatures);
    if (!pair) continue;
    const [first, second] = pair;
    const distinct = new Set(signatures).size;
    const involved = ordered.filter((o) => o.signature === first.signature || o.signature === second.signature);
    const others = distinct > 2 ? `; ${distinct} different errors in all` : '';
    flags.push({
      workflow: ordered[0]!.workflow,
      job: ordered[0]!.job,
      reason: 'alternating-signature',
      detail:
        `${describeJob(ordered[0]!)} switched back and forth between "${shorten(first.signature)}" (×${first.count}) and ` +
        `"${shorten(second.signature)}" (×${second.count}) over ${ordered.length} failed runs${others}`,
      runs: runIds(involved),
      paths: pathsOf(involved),
    });
  }
  return flags;
}

/**
 * The two most frequent signatures (earliest first on ties) when each occurs at least twice and
 * one comes back after the other (A, B, A or B, A, B once runs of the same one are merged), in
 * time order. A job that simply changed error (A, A, B, B) or fails in many one-off ways is not
 * flagged.
 */
function alternatingPair(signatures: string[]): [{ signature: string; count: number }, { signature: string; count: number }] | undefined {
  const counts = new Map<string, number>();
  for (const signature of signatures) counts.set(signature, (counts.get(signature) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || !second || second[1] < 2) return undefined;
  let switches = 0;
  let previous: string | undefined;
  for (const signature of signatures) {
    if (signature !== first[0] && signature !== second[0]) continue;
    if (previous !== undefined && signature !== previous) switches++;
    previous = signature;
  }
  if (switches < 2) return undefined;
  return [
    { signature: first[0], count: first[1] },
    { signature: second[0], count: second[1] },
  ];
}

function jobKey(observation: JobObservation): string {
  return `${observation.workflow ?? ''}\u0000${observation.job}`;
}

function describeJob(observation: JobObservation): string {
  return observation.workflow ? `"${observation.job}" in "${observation.workflow}"` : `"${observation.job}"`;
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

function shorten(text: string): string {
  return text.length > MAX_SIGNATURE_IN_DETAIL ? `${text.slice(0, MAX_SIGNATURE_IN_DETAIL - 1)}…` : text;
}

function runIds(observations: JobObservation[]): number[] {
  return [...new Set(observations.flatMap((o) => (o.runId === undefined ? [] : [o.runId])))].sort((a, b) => a - b);
}

function pathsOf(observations: JobObservation[]): string[] {
  return [...new Set(observations.flatMap((o) => o.paths))].sort();
}

function byAttempt(a: JobObservation, b: JobObservation): number {
  return (a.attempt ?? 0) - (b.attempt ?? 0);
}

function byTime(a: JobObservation, b: JobObservation): number {
  return compareText(a.at ?? '', b.at ?? '') || (a.runId ?? 0) - (b.runId ?? 0) || byAttempt(a, b) || (a.jobId ?? 0) - (b.jobId ?? 0);
}

/** Groups in order of first appearance; each group keeps the input order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFlags(a: IntermittentFailure, b: IntermittentFailure): number {
  return (
    compareText(a.workflow ?? '', b.workflow ?? '') ||
    compareText(a.job, b.job) ||
    REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
    compareText(a.headSha ?? '', b.headSha ?? '') ||
    (a.runs[0] ?? 0) - (b.runs[0] ?? 0)
  );
}
