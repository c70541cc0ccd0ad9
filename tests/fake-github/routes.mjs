// The REST routes the fake serves: workflow runs, attempts, jobs and their logs.
import { filterRuns, paginate } from './listing.mjs';
import { latestAttempt } from './scenario.mjs';
import { buildJob, buildRun } from './templates.mjs';
import { sendError, sendJson } from './responses.mjs';

/**
 * @typedef {object} RouteContext
 * @property {import('./scenario.mjs').Repo} repo
 * @property {string[]} params the pattern's captures
 * @property {URL} url
 * @property {string} linkPath the request path as `/repositories/{id}/…`, for Link headers
 * @property {import('node:http').ServerResponse} res
 * @property {import('./scenario.mjs').Scenario} scenario
 * @property {{ apiUrl: string, serverUrl: string }} urls
 * @property {import('./log-host.mjs').LogHost} logHost
 * @property {Record<string, string>} headers headers every API answer carries
 *
 * @typedef {{ name: string, pattern: RegExp, handle: (ctx: RouteContext) => void }} Route
 */

/** @type {Route[]} */
const ROUTES = [
  { name: 'listRuns', pattern: /^actions\/runs$/, handle: listRuns },
  { name: 'listWorkflowRuns', pattern: /^actions\/workflows\/([^/]+)\/runs$/, handle: listWorkflowRuns },
  { name: 'getRun', pattern: /^actions\/runs\/(\d+)$/, handle: getRun },
  { name: 'getAttempt', pattern: /^actions\/runs\/(\d+)\/attempts\/(\d+)$/, handle: getAttempt },
  { name: 'listJobs', pattern: /^actions\/runs\/(\d+)\/jobs$/, handle: listJobs },
  { name: 'listAttemptJobs', pattern: /^actions\/runs\/(\d+)\/attempts\/(\d+)\/jobs$/, handle: listAttemptJobs },
  { name: 'getJob', pattern: /^actions\/jobs\/(\d+)$/, handle: getJob },
  { name: 'downloadJobLogs', pattern: /^actions\/jobs\/(\d+)\/logs$/, handle: downloadJobLogs },
  { name: 'downloadRunLogs', pattern: /^actions\/runs\/(\d+)\/logs$/, handle: downloadRunLogs },
  { name: 'downloadAttemptLogs', pattern: /^actions\/runs\/(\d+)\/attempts\/(\d+)\/logs$/, handle: downloadAttemptLogs },
];

/**
 * Finds the route of an API request path: `/repos/{owner}/{repo}/…` or `/repositories/{id}/…`.
 * @param {string} method
 * @param {string} pathname
 * @param {import('./scenario.mjs').Scenario} scenario
 * @returns {{ route: Route, repo: import('./scenario.mjs').Repo | undefined, params: string[], linkPath: string } | undefined}
 */
export function matchRoute(method, pathname, scenario) {
  if (method !== 'GET') return undefined;
  const prefix = /^\/repos\/([^/]+)\/([^/]+)\/(.+)$/.exec(pathname) ?? /^\/repositories\/(\d+)\/(.+)$/.exec(pathname);
  if (!prefix) return undefined;
  const byId = prefix.length === 3;
  const rest = byId ? prefix[2] ?? '' : prefix[3] ?? '';
  const repo = byId
    ? scenario.repoById.get(Number(prefix[1]))
    : scenario.repoByName.get(`${decodeURIComponent(prefix[1] ?? '')}/${decodeURIComponent(prefix[2] ?? '')}`.toLowerCase());
  for (const route of ROUTES) {
    const match = route.pattern.exec(rest);
    if (match) {
      const linkPath = repo ? `/repositories/${repo.id}/${rest}` : pathname;
      return { route, repo, params: match.slice(1).map((p) => decodeURIComponent(p ?? '')), linkPath };
    }
  }
  return undefined;
}

/**
 * @param {RouteContext} ctx
 * @param {number} runId
 * @returns {import('./scenario.mjs').Run | undefined} the run, or undefined after answering 404/403
 */
function findRun(ctx, runId) {
  const entry = ctx.scenario.runById.get(runId);
  if (!entry || entry.repo !== ctx.repo) {
    sendError(ctx.res, 404, ctx.headers);
    return undefined;
  }
  if (entry.run.forbidden) {
    sendError(ctx.res, 403, ctx.headers);
    return undefined;
  }
  return entry.run;
}

/**
 * @param {RouteContext} ctx
 * @param {import('./scenario.mjs').Run} run
 * @param {string | undefined} number
 */
function findAttempt(ctx, run, number) {
  const attempt = run.attempts[Number(number) - 1];
  if (!attempt) sendError(ctx.res, 404, ctx.headers);
  return attempt;
}

/**
 * @param {RouteContext} ctx
 * @param {import('./scenario.mjs').Run[]} runs
 */
function sendRuns(ctx, runs) {
  const selected = filterRuns(runs, ctx.url.searchParams);
  const page = paginate(selected, ctx.url, ctx.linkPath);
  sendJson(ctx.res, 200, {
    total_count: selected.length,
    workflow_runs: page.items.map((run) => buildRun(ctx.repo, run, latestAttempt(run), ctx.urls)),
  }, { ...ctx.headers, ...page.headers });
}

/** @param {RouteContext} ctx */
function listRuns(ctx) {
  sendRuns(ctx, ctx.repo.runs.filter((run) => !run.forbidden));
}

/** @param {RouteContext} ctx */
function listWorkflowRuns(ctx) {
  const workflow = ctx.params[0] ?? '';
  const runs = ctx.repo.runs.filter((run) => /^\d+$/.test(workflow)
    ? run.workflowId === Number(workflow)
    : run.workflowPath === workflow || run.workflowPath.split('/').at(-1) === workflow);
  if (runs.length === 0) return sendError(ctx.res, 404, ctx.headers);
  sendRuns(ctx, runs.filter((run) => !run.forbidden));
}

/** @param {RouteContext} ctx */
function getRun(ctx) {
  const run = findRun(ctx, Number(ctx.params[0]));
  if (run) sendJson(ctx.res, 200, buildRun(ctx.repo, run, latestAttempt(run), ctx.urls), ctx.headers);
}

/** @param {RouteContext} ctx */
function getAttempt(ctx) {
  const run = findRun(ctx, Number(ctx.params[0]));
  const attempt = run && findAttempt(ctx, run, ctx.params[1]);
  if (run && attempt) sendJson(ctx.res, 200, buildRun(ctx.repo, run, attempt, ctx.urls), ctx.headers);
}

/**
 * @param {RouteContext} ctx
 * @param {import('./scenario.mjs').Run} run
 * @param {import('./scenario.mjs').Attempt[]} attempts
 */
function sendJobs(ctx, run, attempts) {
  const jobs = attempts.flatMap((attempt) => attempt.jobs.map((job) => ({ attempt, job })));
  const page = paginate(jobs, ctx.url, ctx.linkPath);
  sendJson(ctx.res, 200, {
    total_count: jobs.length,
    jobs: page.items.map(({ attempt, job }) => buildJob(ctx.repo, run, attempt, job, ctx.urls)),
  }, { ...ctx.headers, ...page.headers });
}

/** @param {RouteContext} ctx */
function listJobs(ctx) {
  const run = findRun(ctx, Number(ctx.params[0]));
  if (!run) return;
  sendJobs(ctx, run, ctx.url.searchParams.get('filter') === 'all' ? run.attempts : [latestAttempt(run)]);
}

/** @param {RouteContext} ctx */
function listAttemptJobs(ctx) {
  const run = findRun(ctx, Number(ctx.params[0]));
  const attempt = run && findAttempt(ctx, run, ctx.params[1]);
  if (run && attempt) sendJobs(ctx, run, [attempt]);
}

/**
 * @param {RouteContext} ctx
 * @returns {import('./scenario.mjs').JobRef | undefined}
 */
function findJob(ctx) {
  const ref = ctx.scenario.jobById.get(Number(ctx.params[0]));
  if (!ref || ref.repo !== ctx.repo) {
    sendError(ctx.res, 404, ctx.headers);
    return undefined;
  }
  if (ref.run.forbidden) {
    sendError(ctx.res, 403, ctx.headers);
    return undefined;
  }
  return ref;
}

/** @param {RouteContext} ctx */
function getJob(ctx) {
  const ref = findJob(ctx);
  if (ref) sendJson(ctx.res, 200, buildJob(ref.repo, ref.run, ref.attempt, ref.job, ctx.urls), ctx.headers);
}

/**
 * @param {RouteContext} ctx
 * @param {string} location
 */
function redirect(ctx, location) {
  ctx.res.writeHead(302, { ...ctx.headers, location, 'content-length': '0' });
  ctx.res.end();
}

/** @param {RouteContext} ctx */
function downloadJobLogs(ctx) {
  const ref = findJob(ctx);
  if (!ref) return;
  if (ref.job.logStatus) return sendError(ctx.res, ref.job.logStatus, ctx.headers);
  redirect(ctx, ctx.logHost.jobLogUrl(ref.job.id));
}

/**
 * @param {RouteContext} ctx
 * @param {import('./scenario.mjs').Run} run
 * @param {import('./scenario.mjs').Attempt} attempt
 */
function redirectToZip(ctx, run, attempt) {
  if (attempt.logsStatus) return sendError(ctx.res, attempt.logsStatus, ctx.headers);
  redirect(ctx, ctx.logHost.runLogZipUrl(run.id, attempt.number));
}

/** @param {RouteContext} ctx */
function downloadRunLogs(ctx) {
  const run = findRun(ctx, Number(ctx.params[0]));
  if (run) redirectToZip(ctx, run, latestAttempt(run));
}

/** @param {RouteContext} ctx */
function downloadAttemptLogs(ctx) {
  const run = findRun(ctx, Number(ctx.params[0]));
  const attempt = run && findAttempt(ctx, run, ctx.params[1]);
  if (run && attempt) redirectToZip(ctx, run, attempt);
}
