import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describeError } from '@prodfix/core';
import { DEFAULT_MAX_LOG_BYTES } from './collect-options.js';
import { downloadJobLog, type DownloadSettings } from './download.js';
import type { ManifestFile } from './manifest.js';
import { problemFrom, TooBigError } from './problems.js';
import { readZipEntries, withRunLogZip } from './run-log-zip.js';
import type { WorkflowJob } from './runs.js';
import { markMissing, type Session } from './session.js';
import { writeRedacted } from './write-redacted.js';
import { matchZipEntries, prefersRunZip } from './zip-job-match.js';

/**
 * Schedules the wanted job logs of one attempt: from its run-log zip when that is cheaper (see
 * `prefersRunZip`), else one download per job. Each manifest entry is filled in when its log is
 * written, or marked missing.
 */
export function scheduleJobLogs(session: Session, attemptJobs: AttemptJobs, logs: readonly PlannedLog[]): void {
  if (prefersRunZip(session.options.logSource ?? 'auto', logs.length, attemptJobs.jobs.length)) {
    session.downloads.push(collectFromRunZip(session, attemptJobs, logs));
  } else {
    for (const log of logs) session.downloads.push(session.schedule(() => downloadInto(session, log)));
  }
}

/** A job log to collect and its manifest entry (filled in when written, or marked missing). */
export interface PlannedLog {
  entry: ManifestFile;
  job: WorkflowJob;
}

function downloadSettings(session: Session): DownloadSettings {
  const { options } = session;
  return {
    redactor: session.redactor,
    maxBytes: options.maxLogBytes ?? DEFAULT_MAX_LOG_BYTES,
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
export interface AttemptJobs {
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
