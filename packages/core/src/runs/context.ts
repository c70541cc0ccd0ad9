import path from 'node:path';
import type { LogSource } from '../input/source.js';
import type { Logger } from '../logger.js';
import type { RunContext } from '../report/model.js';
import {
  DEFAULT_FOLDER_READ_LIMITS,
  FolderObjectCache,
  type FolderObjects,
  type FolderReadLimits,
} from './folder-objects.js';
import { isBaselinePath } from './collect-manifest.js';
import type { JobRecord, RunRecord } from './github-objects.js';
import { jobsNamedBy, latestJob, logNames, type LogNames } from './job-match.js';
import { RunIndex } from './run-index.js';

export interface RunContextOptions {
  /** Folder that relative source paths are relative to (default: process.cwd()). */
  cwd?: string;
  limits?: Partial<FolderReadLimits>;
}

/** How many folders above a log's own folder are searched for run and job JSON. */
const PARENT_LEVELS = 2;
/** How many are searched for a collect-logs manifest (`<out>/manifest.json` above `<out>/baseline/<run>/<job>/log.txt`). */
const MANIFEST_LEVELS = 3;
/** Sources handled between two yields to the event loop (folder reads are synchronous). */
const YIELD_EVERY = 500;
const ZIP_ENTRY = /^(.*?\.zip)!(.+)$/i;

interface LogLocation {
  /** The folder on disk holding the log (or its zip). */
  dir: string;
  /** The log's (or its zip's) file name in that folder. */
  diskName: string;
  names: LogNames;
}

/**
 * Finds the GitHub run and job objects stored beside each log (in its folder and up to two
 * parents) and sets `source.context` from them. Two layouts are understood through the objects'
 * shapes rather than file names: the date-night collector's (`metadata.json`, `jobs.json`,
 * `<job>/job-metadata.json`, `<job>/logs.txt`) and prodfix collect-logs' (`run.json`,
 * `job.json` next to each log; `baseline` set for the logs its `manifest.json` lists under a
 * baseline run). Fields already set on `source.context` are kept.
 *
 * @returns every run and job object seen, including jobs that have no log, and notes on the
 *   job logs a collect-logs manifest lists as missing.
 */
export async function loadRunContexts(
  sources: LogSource[],
  logger: Logger,
  options: RunContextOptions = {},
): Promise<RunIndex> {
  const cwd = options.cwd ?? process.cwd();
  const cache = new FolderObjectCache(logger, { ...DEFAULT_FOLDER_READ_LIMITS, ...options.limits });
  const index = new RunIndex();
  const indexed = new Set<string>();
  /** Folders whose manifest's missing-log notes are already in the index. */
  const noted = new Set<string>();
  let withoutContext = 0;
  for (const [position, source] of sources.entries()) {
    if (position > 0 && position % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    const location = locate(source.path, cwd);
    const folders = foldersFrom(location.dir, MANIFEST_LEVELS).map((dir) => cache.get(dir));
    const levels = folders.slice(0, PARENT_LEVELS + 1);
    if (!levels[0]!.fileNames.has(location.diskName)) {
      withoutContext++;
      continue;
    }
    for (const level of levels) {
      if (indexed.has(level.dir)) continue;
      indexed.add(level.dir);
      for (const run of level.runs) index.addRun(run);
      for (const job of level.jobs) index.addJob(job);
    }
    for (const folder of folders) {
      if (folder.missingLogNotes && !noted.has(folder.dir)) index.notes.push(...folder.missingLogNotes);
      noted.add(folder.dir);
    }
    const context = contextFor(levels, location.names);
    if (context && isBaseline(folders, path.join(location.dir, location.diskName))) context.baseline = true;
    if (context) source.context = { ...context, ...definedFields(source.context) };
    else withoutContext++;
  }
  logger.debug(`Run context: ${sources.length - withoutContext} of ${sources.length} logs have run/job JSON beside them; ${index.runIds().length} runs known`);
  return index;
}

/** Where a source lives on disk (the zip, for a zip entry) and the names it is known by. */
function locate(sourcePath: string, cwd: string): LogLocation {
  const zip = ZIP_ENTRY.exec(sourcePath);
  const diskPath = path.resolve(cwd, zip ? zip[1]! : sourcePath);
  const location = { dir: path.dirname(diskPath), diskName: path.basename(diskPath) };
  if (zip) {
    const inner = zip[2]!.split('/');
    const entryName = inner.pop() ?? '';
    return { ...location, names: logNames(entryName, inner) };
  }
  return { ...location, names: logNames(location.diskName, [path.basename(location.dir)]) };
}

/** `dir` and up to `parents` folders above it. */
function foldersFrom(dir: string, parents: number): string[] {
  const folders = [dir];
  for (let level = 0; level < parents; level++) {
    const parent = path.dirname(folders[folders.length - 1]!);
    if (parent === folders[folders.length - 1]) break;
    folders.push(parent);
  }
  return folders;
}

/** True when the nearest collect-logs manifest above the log lists it as part of a baseline run. */
function isBaseline(folders: FolderObjects[], diskPath: string): boolean {
  const manifest = folders.find((folder) => folder.baselinePaths !== undefined);
  if (!manifest) return false;
  const relative = path.relative(manifest.dir, diskPath).split(path.sep).join('/');
  return isBaselinePath(relative, manifest.baselinePaths!);
}

function contextFor(levels: FolderObjects[], names: LogNames): RunContext | undefined {
  const nearestRuns = levels.find((level) => level.runs.length > 0)?.runs ?? [];
  let job: JobRecord | undefined;
  for (const [depth, level] of levels.entries()) {
    job = jobIn(level, names, depth === 0, nearestRuns);
    if (job) break;
  }
  const run = job ? runOf(levels, job) : soleRun(nearestRuns);
  if (!job && !run) return undefined;
  return toContext(run, job);
}

/** The job a log belongs to among the objects of one folder (`own`: the log's own folder). */
function jobIn(level: FolderObjects, names: LogNames, own: boolean, nearestRuns: RunRecord[]): JobRecord | undefined {
  const byFile = own ? level.jobsByFileStem.get(names.fileStem) : undefined;
  if (byFile) return byFile;
  let matches = jobsNamedBy(level, names);
  if (matches.length === 0 && own && level.jobs.length === 1) matches = level.jobs;
  const inNearestRun = matches.filter((job) =>
    nearestRuns.some((run) => run.id === job.runId && (run.attempt === undefined || run.attempt === job.runAttempt)),
  );
  return latestJob(inNearestRun.length > 0 ? inNearestRun : matches);
}

/** The run object of a job's run and attempt (else of its run), nearest folder first. */
function runOf(levels: FolderObjects[], job: JobRecord): RunRecord | undefined {
  const runs = levels.flatMap((level) => level.runs).filter((run) => run.id === job.runId);
  return runs.find((run) => run.attempt === job.runAttempt) ?? runs[0];
}

function soleRun(runs: RunRecord[]): RunRecord | undefined {
  return runs.every((run) => run.id === runs[0]?.id && run.attempt === runs[0]?.attempt) ? runs[0] : undefined;
}

function toContext(run: RunRecord | undefined, job: JobRecord | undefined): RunContext {
  return definedFields({
    runId: job?.runId ?? run?.id,
    runAttempt: job?.runAttempt ?? run?.attempt,
    workflow: run?.workflow ?? job?.workflow,
    workflowPath: run?.workflowPath,
    event: run?.event,
    branch: run?.branch ?? job?.branch,
    headSha: run?.headSha ?? job?.headSha,
    repository: run?.repository ?? job?.repository,
    htmlUrl: job?.htmlUrl ?? run?.htmlUrl,
    jobId: job?.id,
    jobName: job?.name,
    jobConclusion: job ? (job.conclusion ?? job.status) : undefined,
    createdAt: run?.createdAt ?? job?.startedAt,
  });
}

/** A copy without the fields whose value is undefined (so spreading it never erases a value). */
function definedFields(context: RunContext | undefined): RunContext {
  const copy: RunContext = {};
  for (const [key, value] of Object.entries(context ?? {})) {
    if (value !== undefined) (copy as Record<string, unknown>)[key] = value;
  }
  return copy;
}
