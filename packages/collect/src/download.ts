import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Logger } from '@prodfix/core';
import { isRetryableStatus, type GitHubClient } from './github-client.js';
import { TooBigError, statusOf } from './problems.js';
import type { Redactor } from './redact/redactor.js';
import { writeRedacted, type WrittenFile } from './write-redacted.js';

/** Where a job's log is and where it goes. */
export interface JobLogRequest {
  owner: string;
  repo: string;
  jobId: number;
  path: string;
}

/** How log downloads behave. */
export interface DownloadSettings {
  redactor: Redactor;
  maxBytes: number;
  logger: Logger;
  /** fetch for the redirected log host (no token is ever sent there). */
  fetch: typeof fetch;
  /** Tries of the log host on 5xx or a broken connection. Default 4. */
  attempts?: number;
  /** Unit of the backoff between those tries, in ms. Default 1000. */
  retryBaseMs?: number;
  /** A download that receives nothing for this long is dropped and tried again, in ms. Default 30000. */
  idleTimeoutMs?: number;
}

/** No byte came from the log host for too long. */
class IdleTimeoutError extends Error {
  constructor(url: URL, ms: number) {
    super(`log host ${url.host} sent nothing for ${ms} ms`);
  }
}

/** An HTTP failure from the log host. */
class DownloadError extends Error {
  constructor(readonly status: number, url: URL) {
    super(`log host ${url.host} answered ${status}`);
  }
}

/**
 * Downloads one job's log to `path`, redacted, without holding it in memory. The API answers
 * with a 302 to a short-lived URL on another host; we read the Location ourselves and fetch it
 * with no Authorization header. 5xx and broken connections on that host are retried with
 * backoff and jitter; 404/410/403 and the size cap are not (the caller records them).
 */
export async function downloadJobLog(client: GitHubClient, job: JobLogRequest, settings: DownloadSettings): Promise<WrittenFile> {
  const response = await client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
    owner: job.owner,
    repo: job.repo,
    job_id: job.jobId,
    request: { redirect: 'manual' },
  });
  const write = (body: Readable): Promise<WrittenFile> => writeRedacted(body, job.path, settings.redactor, settings.maxBytes);
  const location = (response.headers as Record<string, string | undefined>)['location'];
  if (response.status >= 300 && response.status < 400 && location) {
    return downloadFromHost(new URL(location, response.url), settings, write);
  }
  // Not the documented redirect: Octokit has already read the body, so write what it gave.
  const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  return write(Readable.from([Buffer.from(text)]));
}

/**
 * Fetches `url` (a log host's signed URL: no token is sent) and hands its body to `write`.
 * 5xx and broken connections are retried with backoff and jitter, `write` starting over each
 * time; an HTTP error, a Content-Length over `settings.maxBytes` and TooBigError are not.
 */
export async function downloadFromHost<T>(url: URL, settings: DownloadSettings, write: (body: Readable) => Promise<T>): Promise<T> {
  const attempts = settings.attempts ?? 4;
  const base = settings.retryBaseMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchInto(url, settings, write);
    } catch (error) {
      const status = statusOf(error);
      const retryable = !(error instanceof TooBigError) && (status === undefined || isRetryableStatus(status));
      if (!retryable || attempt >= attempts) throw error;
      const wait = attempt * attempt * base + Math.random() * base;
      settings.logger.debug(`log download from ${url.host} failed (${String(error)}); retry ${attempt} in ${Math.round(wait)} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function fetchInto<T>(url: URL, settings: DownloadSettings, write: (body: Readable) => Promise<T>): Promise<T> {
  const idleMs = settings.idleTimeoutMs ?? 30_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new IdleTimeoutError(url, idleMs)), idleMs);
  try {
    const response = await settings.fetch(url, { redirect: 'follow', signal: controller.signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new DownloadError(response.status, url);
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > settings.maxBytes) {
      await response.body.cancel();
      throw new TooBigError(settings.maxBytes);
    }
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    return await write(Readable.from(restartingTimer(body, timer)));
  } catch (error) {
    // An abort surfaces as the fetch's own error: report why it was aborted.
    throw controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** Passes the chunks on, restarting `timer` at each one. */
async function* restartingTimer(body: Readable, timer: NodeJS.Timeout): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    timer.refresh();
    yield chunk as Buffer;
  }
}
