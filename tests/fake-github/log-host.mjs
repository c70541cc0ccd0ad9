// The second loopback host, where the API's 302 answers for logs point (GitHub's log storage):
// short-lived signed URLs serving a job's log bytes or a run attempt's log zip.
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { jobLogSource, runLogZip } from './job-logs.mjs';

/**
 * Signed URLs for log content and the handler that serves them.
 */
export class LogHost {
  /** @type {string} */
  baseUrl = '';
  #signature = randomBytes(16).toString('hex');
  /** @type {import('./scenario.mjs').Scenario} */
  #scenario;
  /** Run-log zips built once per attempt, as storage holds a prepared blob: `runId/attempt` → bytes. */
  /** @type {Map<string, Promise<Buffer>>} */
  #zips = new Map();

  /** @param {import('./scenario.mjs').Scenario} scenario */
  constructor(scenario) {
    this.#scenario = scenario;
  }

  /** @param {string} path */
  #signed(path) {
    const expires = new Date(Date.now() + 60_000).toISOString();
    return `${this.baseUrl}${path}?se=${encodeURIComponent(expires)}&sig=${this.#signature}`;
  }

  /** @param {number} jobId */
  jobLogUrl(jobId) {
    return this.#signed(`/jobs/${jobId}/log.txt`);
  }

  /**
   * @param {number} runId
   * @param {number} attempt
   */
  runLogZipUrl(runId, attempt) {
    return this.#signed(`/runs/${runId}/attempts/${attempt}/logs.zip`);
  }

  /**
   * The route name of a log-host path, or undefined.
   * @param {string} pathname
   */
  routeOf(pathname) {
    if (/^\/jobs\/\d+\/log\.txt$/.test(pathname)) return 'jobLogContent';
    if (/^\/runs\/\d+\/attempts\/\d+\/logs\.zip$/.test(pathname)) return 'runLogZipContent';
    return undefined;
  }

  /**
   * Serves a log-host request.
   * @param {URL} url
   * @param {import('node:http').ServerResponse} res
   */
  async serve(url, res) {
    if (url.searchParams.get('sig') !== this.#signature) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>');
      return;
    }
    const job = /^\/jobs\/(\d+)\/log\.txt$/.exec(url.pathname);
    if (job) {
      const ref = this.#scenario.jobById.get(Number(job[1]));
      if (!ref) return notFound(res);
      const source = jobLogSource(ref.job);
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(source.size) });
      await pipeline(source.open(), res);
      return;
    }
    const zip = /^\/runs\/(\d+)\/attempts\/(\d+)\/logs\.zip$/.exec(url.pathname);
    const attempt = zip && this.#scenario.runById.get(Number(zip[1]))?.run.attempts[Number(zip[2]) - 1];
    if (!attempt) return notFound(res);
    const bytes = await this.#zipOf(`${zip[1]}/${zip[2]}`, attempt);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(bytes.length) });
    res.end(bytes);
  }

  /**
   * The attempt's zip, built on first request and kept: serving it then costs the transfer only,
   * not the fake's own compression time. Jobs whose log endpoint answers an error have no entry.
   * @param {string} key
   * @param {import('./scenario.mjs').Attempt} attempt
   */
  #zipOf(key, attempt) {
    let bytes = this.#zips.get(key);
    if (!bytes) {
      bytes = buffer(runLogZip(attempt.jobs.filter((job) => !job.logStatus)));
      this.#zips.set(key, bytes);
    }
    return bytes;
  }
}

/** @param {import('node:stream').Readable} stream */
async function buffer(stream) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('The specified blob does not exist.');
}
