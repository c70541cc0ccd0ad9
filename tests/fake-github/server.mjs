// A loopback fake of GitHub's REST API for workflow runs, jobs and logs, with a second
// loopback host for log content, a request log and fault injection. See README.md.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultPlan } from './faults.mjs';
import { LogHost } from './log-host.mjs';
import { matchRoute } from './routes.mjs';
import { buildScenario } from './scenario.mjs';
import { recordStatus } from './record-status.mjs';
import {
  RateLimitCounter, requestId, resetMidResponse, stallMidResponse, sendError, sendPrimaryRateLimit, sendSecondaryRateLimit,
} from './responses.mjs';

/**
 * @typedef {object} FakeGitHubOptions
 * @property {import('./scenario.mjs').ScenarioInput} scenario
 * @property {import('./faults.mjs').FaultRule[]} [faults]
 * @property {number} [latencyMs] added to every request on both servers
 * @property {number} [concurrencyLimit] API requests in flight above this get a secondary rate limit
 * @property {string} [serverUrl] the web host in `html_url` fields (default https://github.com)
 * @property {number} [port] API port (default 0: any free port)
 * @property {number} [logsPort] log host port (default 0)
 *
 * @typedef {object} RecordedRequest
 * @property {number} n 1-based, across both servers
 * @property {'api' | 'logs'} server
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string>} query
 * @property {Record<string, string | string[] | undefined>} headers without `authorization`
 * @property {boolean} hadAuthorization whether an Authorization header came with the request
 * @property {string | undefined} authScheme its scheme (`token`, `Bearer`…), never its value
 * @property {string | undefined} route
 * @property {number | undefined} status the status written (a 'reset' fault writes 200 then cuts the socket)
 * @property {import('./faults.mjs').FaultKind | undefined} fault
 * @property {number} startedMs when the request arrived, in ms since the epoch (sub-millisecond)
 * @property {number | undefined} finishedMs when its response closed (last byte sent or connection cut)
 */

/**
 * Starts the fake API and its log host on 127.0.0.1.
 * @param {FakeGitHubOptions} options
 */
export async function startFakeGitHub(options) {
  const fake = new FakeGitHub(options);
  await fake.listen(options.port ?? 0, options.logsPort ?? 0);
  return fake;
}

/** The running fake; see README.md for its API. */
export class FakeGitHub {
  /** @type {RecordedRequest[]} */
  requests = [];
  /** Most requests in flight at once, per server. */
  peakConcurrency = { api: 0, logs: 0 };
  faults;
  url = '';
  logHostUrl = '';
  #inFlight = { api: 0, logs: 0 };
  #options;
  #scenario;
  #logHost;
  #rateLimit = new RateLimitCounter();
  #api = createServer((req, res) => void this.#handle('api', req, res));
  #logs = createServer((req, res) => void this.#handle('logs', req, res));

  /** @param {FakeGitHubOptions} options */
  constructor(options) {
    this.#options = options;
    this.#scenario = buildScenario(options.scenario);
    this.#logHost = new LogHost(this.#scenario);
    this.faults = new FaultPlan(options.faults);
  }

  /** The token the fake accepts. */
  get token() {
    return this.#scenario.token;
  }

  /**
   * @param {number} apiPort
   * @param {number} logsPort
   */
  async listen(apiPort, logsPort) {
    this.#api.listen(apiPort, '127.0.0.1');
    this.#logs.listen(logsPort, '127.0.0.1');
    await Promise.all([once(this.#api, 'listening'), once(this.#logs, 'listening')]);
    this.url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (this.#api.address()).port}`;
    this.logHostUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (this.#logs.address()).port}`;
    this.#logHost.baseUrl = this.logHostUrl;
  }

  /** Requests per route name (unknown paths count under `unknown`). */
  routeCounts() {
    /** @type {Record<string, number>} */
    const counts = {};
    for (const request of this.requests) {
      const key = request.route ?? 'unknown';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  /** Requests to the log host that carried an Authorization header (should be none). */
  logHostRequestsWithAuthorization() {
    return this.requests.filter((r) => r.server === 'logs' && r.hadAuthorization);
  }

  /** Forgets recorded requests and peaks (fault rules keep their counters). */
  resetRecording() {
    this.requests = [];
    this.peakConcurrency = { api: 0, logs: 0 };
  }

  /** Stops both servers, cutting any connection still open (e.g. a 'timeout' fault). */
  async close() {
    for (const server of [this.#api, this.#logs]) {
      server.closeAllConnections();
      server.close();
    }
    await Promise.all([once(this.#api, 'close'), once(this.#logs, 'close')]);
  }

  /**
   * @param {'api' | 'logs'} server
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async #handle(server, req, res) {
    const url = new URL(req.url ?? '/', server === 'api' ? this.url : this.logHostUrl);
    const match = server === 'api' ? matchRoute(req.method ?? 'GET', url.pathname, this.#scenario) : undefined;
    const route = server === 'api' ? match?.route.name : this.#logHost.routeOf(url.pathname);
    const record = this.#record(server, req, url, route);
    this.#inFlight[server] += 1;
    this.peakConcurrency[server] = Math.max(this.peakConcurrency[server], this.#inFlight[server]);
    res.on('close', () => {
      this.#inFlight[server] -= 1;
      record.finishedMs = performance.timeOrigin + performance.now();
    });
    recordStatus(res, record);

    const decision = this.faults.decide(route ?? 'unknown', server);
    const delay = (this.#options.latencyMs ?? 0) + decision.delayMs;
    if (delay > 0) await sleep(delay);
    const headers = server === 'api' ? this.#apiHeaders() : {};
    if (decision.fault) {
      record.fault = decision.fault.kind;
      return this.#applyFault(decision.fault, res, headers);
    }
    try {
      if (server === 'logs') return await this.#logHost.serve(url, res);
      if (this.#options.concurrencyLimit && this.#inFlight.api > this.#options.concurrencyLimit) {
        return sendSecondaryRateLimit(res, 1, headers);
      }
      const auth = this.#checkAuth(req);
      if (auth) return sendError(res, 401, headers, auth);
      if (!match?.repo) return sendError(res, 404, headers);
      if (match.repo.forbidden) return sendError(res, 403, headers);
      match.route.handle({
        repo: match.repo, params: match.params, url, linkPath: match.linkPath, res,
        scenario: this.#scenario, urls: { apiUrl: this.url, serverUrl: this.#options.serverUrl ?? 'https://github.com' },
        logHost: this.#logHost, headers,
      });
    } catch (error) {
      if (!res.headersSent) sendError(res, 500, headers);
      else res.destroy(/** @type {Error} */ (error));
    }
  }

  /**
   * @param {'api' | 'logs'} server
   * @param {import('node:http').IncomingMessage} req
   * @param {URL} url
   * @param {string | undefined} route
   * @returns {RecordedRequest}
   */
  #record(server, req, url, route) {
    const { authorization, ...headers } = req.headers;
    /** @type {RecordedRequest} */
    const record = {
      n: this.requests.length + 1,
      server,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      hadAuthorization: authorization !== undefined,
      authScheme: authorization?.split(' ')[0],
      route,
      status: undefined,
      fault: undefined,
      startedMs: performance.timeOrigin + performance.now(),
      finishedMs: undefined,
    };
    this.requests.push(record);
    return record;
  }

  #apiHeaders() {
    this.#rateLimit.count();
    return { ...this.#rateLimit.headers(), 'x-github-request-id': requestId() };
  }

  /**
   * The 401 message for a request's credentials, or undefined when they are right.
   * @param {import('node:http').IncomingMessage} req
   */
  #checkAuth(req) {
    const header = req.headers.authorization;
    if (!header) return 'Requires authentication';
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
    return match?.[1] === this.#scenario.token ? undefined : 'Bad credentials';
  }

  /**
   * @param {import('./faults.mjs').FaultRule} fault
   * @param {import('node:http').ServerResponse} res
   * @param {Record<string, string>} headers
   */
  #applyFault(fault, res, headers) {
    switch (fault.kind) {
      case 'status': return sendError(res, fault.status ?? 500, headers);
      case 'reset': return resetMidResponse(res);
      case 'timeout': return undefined;
      case 'stall': return stallMidResponse(res);
      case 'primary-rate-limit': return sendPrimaryRateLimit(res, fault, headers);
      case 'secondary-rate-limit': return sendSecondaryRateLimit(res, fault.retryAfter ?? 1, headers);
      default: return undefined;
    }
  }
}
