import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describeError } from '@prodfix/core';
import { findAppLogs, openAppLog } from './app-logs.js';
import { DEFAULT_MAX_LOG_BYTES, type CollectOptions, type CollectResult } from './collect-options.js';
import { writeGitHistory } from './git-history.js';
import { scheduleJobLogs, type PlannedLog } from './job-logs.js';
import { MANIFEST_VERSION, type Manifest, type ManifestFile } from './manifest.js';
import { redactJson } from './redact/json.js';
import { addCounts, totalRedactions, type RedactionCounts } from './redact/redactor.js';
import {
  FAILED_CONCLUSIONS,
  findBaselineRun,
  getRun,
  getRunAttempt,
  listJobs,
  listRuns,
  parseConclusion,
  type WorkflowJob,
  type WorkflowRun,
} from './runs.js';
import { markMissing, removeIfUnused, startSession, type Session } from './session.js';
import { SlugAllocator } from './slug.js';
import { summaryText } from './summary.js';
import { systemSnapshot } from './system-snapshot.js';
import { writeJson, writeRedacted } from './write-redacted.js';

export type { CollectOptions, CollectResult } from './collect-options.js';

/** More hits of the given secrets than this suggests one of them is ordinary text. */
const COMMON_SECRET_HITS = 1000;

/** Version written into manifests. */
export const COLLECTOR_VERSION = '0.1.0';

/**
 * Collects a failure's evidence into `outDir`: run and job objects, job logs (streamed and
 * redacted), optionally a baseline run, app logs, git history and a system snapshot, then
 * `manifest.json` and `analysis_summary.txt`. A log that cannot be had (expired, forbidden, too big,
 * failing) is listed as missing and the rest goes on; a run whose attempts or jobs cannot be
 * listed is a warning. Errors that make the whole collection pointless (bad token, no
 * permission to read the first run or list runs) are thrown.
 */
export async function collect(options: CollectOptions): Promise<CollectResult> {
  const session = await startSession(options);
  try {
    const primary = options.runId !== undefined
      ? [await getRun(session.client, session.ref, options.runId)]
      : await listRuns(session.client, session.ref, {
          workflow: options.workflow,
          branch: options.branch,
          event: options.event,
          conclusion: parseConclusion(options.conclusion ?? 'failure'),
          since: options.since,
          limit: options.limit ?? 5,
        });
    if (primary.length === 0) options.logger.warning('No workflow run matched the filters; nothing to collect from GitHub.');

    for (const run of primary) {
      try {
        await collectRun(session, run);
      } catch (error) {
        options.logger.warning(`Run ${run.id} is incomplete: ${describeError(error)}`);
      }
    }
    await Promise.all(session.downloads);
    await collectWorkspaceFiles(session);
    return await finish(session);
  } catch (error) {
    await removeIfUnused(session);
    throw error;
  } finally {
    await session.workers?.close();
  }
}

/** One listed run: its attempts (latest or all), their selected jobs, and its baseline. */
async function collectRun(session: Session, run: WorkflowRun): Promise<void> {
  const { options } = session;
  const latest = run.run_attempt ?? 1;
  const attempts = options.attempts === 'all' ? range(1, latest) : [latest];
  const jobNames = new Set<string>();
  for (const attempt of attempts) {
    try {
      const attemptRun = attempt === latest ? run : await getRunAttempt(session.client, session.ref, run.id, attempt);
      const jobs = await collectAttempt(session, attemptRun, attempt, { baseline: false }, (job) =>
        options.jobs === 'all' || FAILED_CONCLUSIONS.has(job.conclusion ?? ''),
      );
      if (attempt === latest) jobs.forEach((job) => jobNames.add(job.name));
    } catch (error) {
      options.logger.warning(`Attempt ${attempt} of run ${run.id} is incomplete: ${describeError(error)}`);
    }
  }
  if (options.baseline) await collectBaseline(session, run, jobNames);
}

/** Writes one attempt's run.json, its selected jobs' job.json, and schedules their logs. Returns the selected jobs. */
async function collectAttempt(
  session: Session,
  run: WorkflowRun,
  attempt: number,
  role: { baseline: boolean; baselineFor?: number },
  select: (job: WorkflowJob) => boolean,
): Promise<WorkflowJob[]> {
  const runDir = `${role.baseline ? 'baseline' : 'runs'}/${run.id}-${attempt}`;
  if (session.runs.some((known) => known.dir === runDir)) return [];
  session.runs.push({
    id: run.id,
    attempt,
    dir: runDir,
    workflowId: run.workflow_id,
    workflowName: run.name ?? null,
    headSha: run.head_sha,
    headBranch: run.head_branch,
    event: run.event,
    conclusion: run.conclusion,
    htmlUrl: run.html_url,
    createdAt: run.created_at,
    baseline: role.baseline,
    ...(role.baselineFor !== undefined ? { baselineFor: role.baselineFor } : {}),
  });
  const common = { runId: run.id, attempt, headSha: run.head_sha, baseline: role.baseline };
  const runFile = plannedFile(session, `${runDir}/run.json`, { role: 'run', ...common, conclusion: run.conclusion });
  const listing = listJobs(session.client, session.ref, run.id, attempt);
  listing.catch(() => undefined); // handled below, once run.json is written; not an unhandled rejection meanwhile
  // The objects are redacted and written while the requests are on the wire.
  await writeJsonFile(session, runFile, run);
  const listed = await listing;
  const jobs = listed.filter(select);
  const slugs = new SlugAllocator('job').reserve('run.json');
  const logs: PlannedLog[] = [];
  const jobFiles: Array<[ManifestFile, WorkflowJob]> = [];
  for (const job of jobs) {
    const jobDir = `${runDir}/${slugs.next(job.name)}`;
    const jobFields = { ...common, jobId: job.id, jobName: job.name, conclusion: job.conclusion };
    jobFiles.push([plannedFile(session, `${jobDir}/job.json`, { role: 'job', ...jobFields }), job]);
    const entry = plannedFile(session, `${jobDir}/log.txt`, { role: 'job-log', ...jobFields });
    logs.push({ entry, job });
  }
  scheduleJobLogs(session, { runId: run.id, attempt, jobs: listed }, logs);
  for (const [entry, job] of jobFiles) await writeJsonFile(session, entry, job);
  return jobs;
}

async function collectBaseline(session: Session, run: WorkflowRun, jobNames: ReadonlySet<string>): Promise<void> {
  let baseline: WorkflowRun | undefined;
  try {
    baseline = await findBaselineRun(session.client, session.ref, run);
  } catch (error) {
    session.options.logger.warning(`No baseline for run ${run.id}: ${describeError(error)}`);
    return;
  }
  if (!baseline) {
    session.options.logger.info(`No earlier successful run of workflow ${run.workflow_id} on ${run.head_branch ?? 'its branch'}; no baseline for run ${run.id}.`);
    return;
  }
  await collectAttempt(session, baseline, baseline.run_attempt ?? 1, { baseline: true, baselineFor: run.id }, (job) => jobNames.has(job.name));
}

async function collectWorkspaceFiles(session: Session): Promise<void> {
  const { options, redactor } = session;
  const workspace = resolve(options.workspace ?? process.cwd());
  const appLogs = await findAppLogs({ workspace, globs: options.appLogs ?? [], exclude: [session.dir], logger: options.logger });
  const maxBytes = options.maxLogBytes ?? DEFAULT_MAX_LOG_BYTES;
  for (const file of appLogs) {
    await saveStream(session, { path: file.target, role: 'app-log', status: 'ok', redactions: {}, source: file.relativePath }, async (path) =>
      writeRedacted(await openAppLog(file), path, redactor, maxBytes),
    );
  }
  if ((options.gitCommits ?? 0) > 0) {
    await saveStream(session, { path: 'git/log.txt', role: 'git-log', status: 'ok', redactions: {} }, (path) =>
      writeGitHistory(workspace, options.gitCommits ?? 0, path, redactor),
    );
  }
  if (options.systemSnapshot) {
    const processes = options.systemSnapshot.processes;
    await saveStream(session, { path: 'system/snapshot.txt', role: 'system-snapshot', status: 'ok', redactions: {} }, async (path) =>
      writeRedacted(Readable.from([Buffer.from(await systemSnapshot(workspace, processes))]), path, redactor),
    );
  }
}

/** Lists a file in the manifest (in the order files are planned) before it is written. */
function plannedFile(session: Session, path: string, fields: Omit<ManifestFile, 'path' | 'status' | 'redactions'>): ManifestFile {
  const entry: ManifestFile = { path, status: 'ok', ...fields, redactions: {} };
  session.files.push(entry);
  return entry;
}

/**
 * Writes an API object, redacted, into its planned file. It first lets the event loop send
 * what is queued (redacting a big object is CPU work that would hold requests back).
 */
async function writeJsonFile(session: Session, entry: ManifestFile, value: unknown): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  try {
    const redacted = await redactJson(value, session.redactor, entry.redactions);
    Object.assign(entry, await writeJson(join(session.dir, entry.path), redacted, entry.redactions));
  } catch (error) {
    markMissing(session, entry, error);
  }
}

async function saveStream(session: Session, entry: ManifestFile, write: (path: string) => Promise<{ size: number; sha256: string; redactions: RedactionCounts }>): Promise<void> {
  session.files.push(entry);
  try {
    Object.assign(entry, await write(join(session.dir, entry.path)));
  } catch (error) {
    markMissing(session, entry, error);
  }
}

async function finish(session: Session): Promise<CollectResult> {
  const redactions: RedactionCounts = {};
  for (const file of session.files) addCounts(redactions, file.redactions);
  const givenHits = redactions['secret-value'] ?? 0;
  if (givenHits > COMMON_SECRET_HITS) {
    session.options.logger.warning(`The given secrets were found ${givenHits} times: if one is short or ordinary text, it hides much more than secrets (see the [REDACTED:secret-value] marks)`);
  }
  const written = session.files.filter((file) => file.status === 'ok');
  const manifest: Manifest = {
    schemaVersion: MANIFEST_VERSION,
    tool: { name: 'prodfix-collect', version: COLLECTOR_VERSION },
    createdAt: new Date().toISOString(),
    repository: `${session.ref.owner}/${session.ref.repo}`,
    apiUrl: session.options.apiUrl ?? 'https://api.github.com',
    runs: session.runs,
    files: session.files,
    redactions,
    totals: {
      runs: session.runs.length,
      jobs: written.filter((file) => file.role === 'job-log').length,
      files: written.length,
      bytes: written.reduce((sum, file) => sum + (file.size ?? 0), 0),
      missing: session.files.length - written.length,
      redactions: totalRedactions(redactions),
    },
  };
  const manifestPath = join(session.dir, 'manifest.json');
  const summaryPath = join(session.dir, 'analysis_summary.txt');
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(summaryPath, summaryText(manifest));
  return { dir: session.dir, manifestPath, summaryPath, manifest };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
