import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { ConfigurationError, describeError, type Logger } from '@prodfix/core';
import pLimit from 'p-limit';
import { checkAppLogPatterns, findAppLogs, openAppLog } from './app-logs.js';
import { downloadJobLog, type DownloadSettings } from './download.js';
import { writeGitHistory } from './git-history.js';
import { createGitHubClient, type GitHubClient } from './github-client.js';
import { MANIFEST_VERSION, type Manifest, type ManifestFile, type ManifestRun } from './manifest.js';
import { problemFrom, TooBigError } from './problems.js';
import { redactJson } from './redact/json.js';
import { addCounts, Redactor, totalRedactions, type RedactionCounts } from './redact/redactor.js';
import {
  FAILED_CONCLUSIONS,
  findBaselineRun,
  getRun,
  getRunAttempt,
  listJobs,
  listRuns,
  parseConclusion,
  parseRepository,
  type RepoRef,
  type WorkflowJob,
  type WorkflowRun,
} from './runs.js';
import { matchZipEntries, prefersRunZip, readZipEntries, withRunLogZip, type LogSource } from './run-log-zip.js';
import { SlugAllocator } from './slug.js';
import { summaryText } from './summary.js';
import { systemSnapshot } from './system-snapshot.js';
import { writeJson, writeRedacted } from './write-redacted.js';

/** Version written into manifests. */
export const COLLECTOR_VERSION = '0.1.0';

/** Everything `collect` needs; see the action's inputs for the meaning of each. */
export interface CollectOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST API root (GITHUB_API_URL). */
  apiUrl?: string;
  /** Collect this run only; otherwise list runs with the filters below. */
  runId?: number;
  workflow?: string;
  branch?: string;
  event?: string;
  /** Default `failure`; `any` for no filter. */
  conclusion?: string;
  since?: string;
  /** Runs to list. Default 5. */
  limit?: number;
  /** Default `latest`. */
  attempts?: 'latest' | 'all';
  /** Default `failed`. */
  jobs?: 'failed' | 'all';
  /** Also collect the last successful run of the same workflow and branch. Default false. */
  baseline?: boolean;
  /** Workspace root for app logs, git history and the disk snapshot. Default the current folder. */
  workspace?: string;
  appLogs?: readonly string[];
  /** Commits of git history to record; 0 for none. Default 0. */
  gitCommits?: number;
  /** Write a system snapshot; `processes` lists process names to include. */
  systemSnapshot?: false | { processes: readonly string[] };
  redactPatterns?: readonly string[];
  /** Exact values to redact (the token is always added). */
  secrets?: readonly string[];
  /** Job logs from the job-logs endpoint, the attempt's run-log zip, or whichever is cheaper (default). */
  logSource?: LogSource;
  /** Folder for temporary files (a run-log zip while it is read). Default the system's. */
  tempDir?: string;
  /** Parallel log downloads. Default 4. */
  concurrency?: number;
  /** Largest log collected, in bytes. Default 512 MiB. */
  maxLogBytes?: number;
  outDir: string;
  logger: Logger;
  /** Client tuning (timeouts, retry units); tests shrink the waits. */
  client?: { timeoutMs?: number; retries?: number; retryBaseMs?: number; jitterMs?: number; rateLimitUnitMs?: number };
  /** fetch used for both the API and the log host. */
  fetch?: typeof fetch;
}

/** What `collect` wrote. */
export interface CollectResult {
  dir: string;
  manifestPath: string;
  summaryPath: string;
  manifest: Manifest;
}

/** Shared state of one collection. */
interface Session {
  options: CollectOptions;
  ref: RepoRef;
  client: GitHubClient;
  redactor: Redactor;
  dir: string;
  files: ManifestFile[];
  runs: ManifestRun[];
  downloads: Promise<void>[];
  schedule: ReturnType<typeof pLimit>;
}

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
  return finish(session);
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

async function startSession(options: CollectOptions): Promise<Session> {
  if (!options.token) throw new ConfigurationError('a GitHub token is required');
  checkAppLogPatterns(options.appLogs ?? []);
  const dir = resolve(options.outDir);
  await mkdir(dir, { recursive: true });
  const fetchImpl = options.fetch ?? globalThis.fetch;
  return {
    options,
    ref: parseRepository(options.repository),
    client: createGitHubClient({ token: options.token, baseUrl: options.apiUrl, logger: options.logger, fetch: fetchImpl, ...options.client }),
    redactor: new Redactor({ patterns: options.redactPatterns, secrets: [options.token, ...(options.secrets ?? [])] }),
    dir,
    files: [],
    runs: [],
    downloads: [],
    schedule: pLimit(Math.max(1, options.concurrency ?? 4)),
  };
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
  if (prefersRunZip(session.options.logSource ?? 'auto', logs.length, listed.length)) {
    session.downloads.push(collectFromRunZip(session, { runId: run.id, attempt, jobs: listed }, logs));
  } else {
    for (const log of logs) session.downloads.push(session.schedule(() => downloadInto(session, log)));
  }
  for (const [entry, job] of jobFiles) await writeJsonFile(session, entry, job);
  return jobs;
}

/** A job log to collect and its manifest entry (filled in when written, or marked missing). */
interface PlannedLog {
  entry: ManifestFile;
  job: WorkflowJob;
}

function downloadSettings(session: Session): DownloadSettings {
  const { options } = session;
  return {
    redactor: session.redactor,
    maxBytes: options.maxLogBytes ?? 512 * 1024 * 1024,
    logger: options.logger,
    fetch: options.fetch ?? globalThis.fetch,
    retryBaseMs: options.client?.retryBaseMs,
    idleTimeoutMs: options.client?.timeoutMs,
  };
}

async function downloadInto(session: Session, { entry, job }: PlannedLog): Promise<void> {
  try {
    const written = await downloadJobLog(session.client, { ...session.ref, jobId: job.id, path: join(session.dir, entry.path) }, downloadSettings(session));
    Object.assign(entry, written, { via: 'job-logs' });
  } catch (error) {
    markMissing(session, entry, error);
  }
}

/**
 * Reads an attempt's job logs from its run-log zip (one download in place of one per job), then
 * fetches one by one the logs the zip could not give: no zip, an entry that cannot be matched
 * to its job for sure, or one that fails to inflate.
 */
async function collectFromRunZip(session: Session, attemptJobs: AttemptJobs, logs: readonly PlannedLog[]): Promise<void> {
  const { runId, attempt } = attemptJobs;
  const leftover = await session.schedule(() => extractFromRunZip(session, attemptJobs, logs));
  if (leftover.length > 0 && leftover.length < logs.length) {
    session.options.logger.info(`${leftover.length} of ${logs.length} job logs of run ${runId} attempt ${attempt} were not in its log zip; fetching them one by one.`);
  }
  await Promise.all(leftover.map((log) => session.schedule(() => downloadInto(session, log))));
}

/** An attempt and every job listed for it (wanted or not: all count when matching names). */
interface AttemptJobs {
  runId: number;
  attempt: number;
  jobs: readonly WorkflowJob[];
}

/** Writes the logs found in the attempt's zip; returns those still to fetch. */
async function extractFromRunZip(session: Session, { runId, attempt, jobs }: AttemptJobs, logs: readonly PlannedLog[]): Promise<PlannedLog[]> {
  const settings = downloadSettings(session);
  const done = new Set<PlannedLog>();
  const byEntry = new Map<string, PlannedLog>();
  const pick = (names: readonly string[]): ReadonlySet<string> => {
    const matches = matchZipEntries(names, logs.map(({ job }) => job), jobs);
    for (const log of logs) {
      const name = matches.get(log.job.id);
      if (name !== undefined) byEntry.set(name, log);
    }
    return new Set(byEntry.keys());
  };
  const read = async (name: string, open: () => Promise<Readable>): Promise<void> => {
    const log = byEntry.get(name) as PlannedLog;
    try {
      const written = await writeRedacted(await open(), join(session.dir, log.entry.path), session.redactor, settings.maxBytes);
      Object.assign(log.entry, written, { via: 'run-log-zip' });
      done.add(log);
    } catch (error) {
      if (error instanceof TooBigError) {
        markMissing(session, log.entry, error);
        done.add(log);
      } else {
        session.options.logger.debug(`run-log zip entry for job ${log.job.id} could not be read (${describeError(error)}); fetching the job's log instead`);
      }
    }
  };
  try {
    const parallel = session.options.concurrency ?? 4;
    await withRunLogZip(session.client, { ...session.ref, runId, attempt, tempDir: session.options.tempDir }, settings, (zipPath) => readZipEntries(zipPath, pick, read, parallel));
  } catch (error) {
    session.options.logger.info(`The log zip of run ${runId} attempt ${attempt} could not be used (${problemFrom(error).message}); fetching its ${logs.length - done.size} job logs one by one.`);
  }
  return logs.filter((log) => !done.has(log));
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
  const maxBytes = options.maxLogBytes ?? 512 * 1024 * 1024;
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

function markMissing(session: Session, entry: ManifestFile, error: unknown): void {
  entry.status = 'missing';
  entry.problem = problemFrom(error);
  const what = entry.role === 'job-log' && entry.jobName ? `log of job "${entry.jobName}" (run ${entry.runId} attempt ${entry.attempt})` : entry.path;
  session.options.logger.warning(`Missing ${what}: ${entry.problem.message}`);
}

async function finish(session: Session): Promise<CollectResult> {
  const redactions: RedactionCounts = {};
  for (const file of session.files) addCounts(redactions, file.redactions);
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
