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
    res.writeHead(200, { 'content-type': 'application/zip' });
    await pipeline(runLogZip(attempt.jobs), res);
  }
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('The specified blob does not exist.');
}
