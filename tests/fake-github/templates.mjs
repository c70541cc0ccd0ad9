// Builds API objects (workflow runs, jobs, error bodies) from recorded GitHub responses.
// The templates in tests/fixtures/github-api/ are real responses with `{{token}}` placeholders
// in their string fields; typed fields (ids, states, times) are set here from the scenario.
import { readFileSync } from 'node:fs';

const fixturesDir = new URL('../fixtures/github-api/', import.meta.url);
const runTemplate = JSON.parse(readFileSync(new URL('workflow-run.json', fixturesDir), 'utf8'));
const jobTemplate = JSON.parse(readFileSync(new URL('job.json', fixturesDir), 'utf8'));

/**
 * Deep copy of `value` with every `{{name}}` in its strings replaced by `tokens[name]`.
 * @param {unknown} value
 * @param {Record<string, string>} tokens
 * @returns {any}
 */
function fill(value, tokens) {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\}\}/g, (whole, name) => tokens[name] ?? whole);
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, tokens));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, tokens)]));
  }
  return value;
}

/**
 * @param {import('./scenario.mjs').Repo} repo
 * @param {{ apiUrl: string, serverUrl: string }} urls
 */
function repoTokens(repo, urls) {
  return { owner: repo.owner, repo: repo.name, api: urls.apiUrl, web: urls.serverUrl };
}

/**
 * The "workflow run" object for one attempt of a run, as the REST API returns it.
 * @param {import('./scenario.mjs').Repo} repo
 * @param {import('./scenario.mjs').Run} run
 * @param {import('./scenario.mjs').Attempt} attempt
 * @param {{ apiUrl: string, serverUrl: string }} urls
 */
export function buildRun(repo, run, attempt, urls) {
  const body = fill(runTemplate, {
    ...repoTokens(repo, urls),
    run_id: String(run.id),
    workflow_id: String(run.workflowId),
    check_suite_id: String(run.checkSuiteId),
  });
  for (const repository of [body.repository, body.head_repository]) {
    repository.id = repo.id;
    repository.private = repo.private;
  }
  const previous = attempt.number > 1
    ? `${urls.apiUrl}/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}/attempts/${attempt.number - 1}`
    : null;
  return {
    ...body,
    id: run.id,
    name: run.workflowName,
    node_id: `WFR_${run.id}`,
    head_branch: run.branch,
    head_sha: run.headSha,
    path: run.workflowPath,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: run.checkSuiteId,
    created_at: run.createdAt,
    updated_at: attempt.updatedAt,
    run_attempt: attempt.number,
    run_started_at: attempt.startedAt,
    previous_attempt_url: previous,
    head_commit: { ...body.head_commit, id: run.headSha, message: run.displayTitle },
  };
}

/**
 * The "job" object for a workflow job, as the REST API returns it.
 * @param {import('./scenario.mjs').Repo} repo
 * @param {import('./scenario.mjs').Run} run
 * @param {import('./scenario.mjs').Attempt} attempt
 * @param {import('./scenario.mjs').Job} job
 * @param {{ apiUrl: string, serverUrl: string }} urls
 */
export function buildJob(repo, run, attempt, job, urls) {
  const body = fill(jobTemplate, { ...repoTokens(repo, urls), run_id: String(run.id), job_id: String(job.id) });
  return {
    ...body,
    id: job.id,
    run_id: run.id,
    run_attempt: attempt.number,
    node_id: `CR_${job.id}`,
    head_sha: run.headSha,
    head_branch: run.branch,
    workflow_name: run.workflowName,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((step) => ({
      name: step.name,
      status: job.status === 'completed' ? 'completed' : step.conclusion ? 'completed' : 'queued',
      conclusion: step.conclusion,
      number: step.number,
      started_at: job.startedAt,
      completed_at: job.completedAt,
    })),
    labels: job.labels,
  };
}

/**
 * GitHub's error body ("basic-error" in the OpenAPI description).
 * @param {number} status
 * @param {string} message
 * @param {string} [documentationUrl]
 */
export function errorBody(status, message, documentationUrl = 'https://docs.github.com/rest') {
  return { message, documentation_url: documentationUrl, status: String(status) };
}
