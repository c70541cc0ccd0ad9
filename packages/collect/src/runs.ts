import { ConfigurationError, describeError, ServiceUnavailableError } from '@prodfix/core';
import type { GitHubClient } from './github-client.js';
import { ACTIONS_READ_HINT, statusOf } from './problems.js';

/** A workflow run as the REST API returns it (kept whole; these are the fields we read). */
export interface WorkflowRun {
  id: number;
  run_attempt?: number;
  workflow_id: number;
  name?: string | null;
  head_sha: string;
  head_branch: string | null;
  event: string;
  conclusion: string | null;
  html_url: string;
  created_at: string;
  [field: string]: unknown;
}

/** A job as the REST API returns it (kept whole). */
export interface WorkflowJob {
  id: number;
  name: string;
  conclusion: string | null;
  run_attempt?: number;
  html_url: string | null;
  [field: string]: unknown;
}

/** The repository the runs belong to. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Values GitHub accepts for a run list's `status` filter (conclusions and statuses). */
export const RUN_STATUSES = [
  'failure', 'success', 'cancelled', 'timed_out', 'action_required', 'neutral', 'skipped', 'stale',
  'completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending',
] as const;

/** A run list's `status` filter. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Reads a conclusion filter: one of RUN_STATUSES or `any`. */
export function parseConclusion(value: string): RunStatus | 'any' {
  const known: readonly string[] = RUN_STATUSES;
  if (value === 'any' || known.includes(value)) return value as RunStatus | 'any';
  throw new ConfigurationError(`conclusion must be one of any, ${RUN_STATUSES.join(', ')}; got ${JSON.stringify(value)}`);
}

/** Which runs to list when no single run is asked for. */
export interface RunFilter {
  workflow?: string;
  branch?: string;
  event?: string;
  /** A run conclusion or status (`failure`, `success`, `cancelled`, …) or `any`. */
  conclusion: RunStatus | 'any';
  /** ISO date: only runs created at or after it. */
  since?: string;
  limit: number;
}

/** Job conclusions counted as failed when only failed jobs are collected. */
export const FAILED_CONCLUSIONS: ReadonlySet<string> = new Set(['failure', 'timed_out', 'startup_failure']);

/** Parses `owner/name`. */
export function parseRepository(repository: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!match) throw new ConfigurationError(`repository must be OWNER/NAME, got ${JSON.stringify(repository)}`);
  return { owner: match[1]!, repo: match[2]! };
}

/** One run by id. */
export async function getRun(client: GitHubClient, ref: RepoRef, runId: number): Promise<WorkflowRun> {
  return guard(client, `reading run ${runId}`, async () => {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...ref, run_id: runId });
    return checkedRun(client, data, `reading run ${runId}`);
  });
}

/** `data` when it looks like a workflow run; otherwise the address is not GitHub's REST API (a web page, a portal). */
function checkedRun(client: GitHubClient, data: unknown, what: string): WorkflowRun {
  const run = data as Partial<WorkflowRun> | null;
  if (typeof run === 'object' && run !== null && typeof run.id === 'number') return run as WorkflowRun;
  const api = String(client.request.endpoint.DEFAULTS.baseUrl);
  throw new ConfigurationError(`${api} answered ${what} with something that is not a workflow run (${typeof data === 'string' ? 'text' : typeof data}): is api-url (GITHUB_API_URL) GitHub's REST API?`);
}

/** The newest runs matching `filter`, newest first, at most `filter.limit`; stops paging once it has enough. */
export async function listRuns(client: GitHubClient, ref: RepoRef, filter: RunFilter): Promise<WorkflowRun[]> {
  return guard(client, 'listing workflow runs', async () => {
    const params = {
      ...ref,
      per_page: Math.min(100, filter.limit),
      ...(filter.branch ? { branch: filter.branch } : {}),
      ...(filter.event ? { event: filter.event } : {}),
      ...(filter.conclusion !== 'any' ? { status: filter.conclusion } : {}),
      ...(filter.since ? { created: `>=${filter.since}` } : {}),
    };
    const pages = filter.workflow
      ? client.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...params, workflow_id: filter.workflow })
      : client.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', params);
    const runs: WorkflowRun[] = [];
    for await (const page of pages) {
      runs.push(...(page.data as unknown as WorkflowRun[]));
      if (runs.length >= filter.limit) break;
    }
    return runs.slice(0, filter.limit);
  });
}

/** The run object of an earlier attempt. */
export async function getRunAttempt(client: GitHubClient, ref: RepoRef, runId: number, attempt: number): Promise<WorkflowRun> {
  return guard(client, `reading attempt ${attempt} of run ${runId}`, async () => {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
      ...ref,
      run_id: runId,
      attempt_number: attempt,
    });
    return data as unknown as WorkflowRun;
  });
}

/** Every job of one attempt of a run (all pages). */
export async function listJobs(client: GitHubClient, ref: RepoRef, runId: number, attempt: number): Promise<WorkflowJob[]> {
  return guard(client, `listing jobs of run ${runId} attempt ${attempt}`, async () => {
    const jobs = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
      ...ref,
      run_id: runId,
      attempt_number: attempt,
      per_page: 100,
    });
    return jobs as unknown as WorkflowJob[];
  });
}

/** The last successful run of `run`'s workflow on its branch created before it, if any. */
export async function findBaselineRun(client: GitHubClient, ref: RepoRef, run: WorkflowRun): Promise<WorkflowRun | undefined> {
  return guard(client, `looking for a baseline of run ${run.id}`, async () => {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      ...ref,
      workflow_id: run.workflow_id,
      status: 'success',
      per_page: 10,
      created: `<${run.created_at}`,
      ...(run.head_branch ? { branch: run.head_branch } : {}),
    });
    const candidates = data.workflow_runs as unknown as WorkflowRun[];
    return candidates.find((candidate) => candidate.id !== run.id && candidate.conclusion === 'success' && candidate.created_at < run.created_at);
  });
}

/**
 * Runs `work`; a 403 becomes a ConfigurationError naming the permission, a 404 one naming the
 * repository or run, and a failure to reach the API at all (after the client's retries) a
 * ServiceUnavailableError naming the API's address.
 */
async function guard<T>(client: GitHubClient, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) throw new ConfigurationError(`GitHub refused ${what} (403 Forbidden): ${ACTIONS_READ_HINT}`);
    if (status === 404) {
      throw new ConfigurationError(`GitHub found nothing ${what} (404): check the repository, the run id or workflow, and that the token can see them`);
    }
    if (status === 401) throw new ConfigurationError(`GitHub rejected the token ${what} (401 Bad credentials)`);
    const api = String(client.request.endpoint.DEFAULTS.baseUrl);
    if (isNetworkFailure(error)) {
      throw new ServiceUnavailableError(`could not reach GitHub's API at ${api} ${what} (${describeError(error)}); check api-url (GITHUB_API_URL) and the network`);
    }
    if (status !== undefined && status >= 500) {
      throw new ServiceUnavailableError(`GitHub's API at ${api} kept answering ${status} ${what}, after retries; try again later, or check api-url (GITHUB_API_URL)`);
    }
    throw error;
  }
}

/** True for a request that got no HTTP answer at all (refused, unknown host, timed out, reset): Octokit reports those as status 500 without a response. */
function isNetworkFailure(error: unknown): boolean {
  return statusOf(error) === 500 && (error as { response?: unknown }).response === undefined;
}
