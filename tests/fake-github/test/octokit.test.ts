// The fake against the Octokit stack the collector uses (@actions/github, plugin-retry):
// pagination through its Link headers, the 302 to the log host, retries of injected 503s.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../server.mjs';
import { sampleScenario, TOKEN } from './scenario-fixture.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the fake with Octokit', () => {
  it('paginates runs and jobs through the Link headers', async () => {
    fake = await startFakeGitHub({ scenario: sampleScenario() });
    const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
    const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { owner: 'octo', repo: 'app', per_page: 1 });
    expect(runs.map((r) => r.id)).toEqual([13, 12, 11]);
    const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, { owner: 'octo', repo: 'app', run_id: 12, filter: 'all', per_page: 1 });
    expect(jobs.map((j) => j.id)).toEqual([201, 202]);
    expect(fake.routeCounts()).toEqual({ listRuns: 3, listJobs: 2 });
  });

  it('downloads a job log through the redirect without sending the token to the log host', async () => {
    fake = await startFakeGitHub({ scenario: sampleScenario() });
    const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
    const response = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner: 'octo', repo: 'app', job_id: 102 });
    expect(response.data).toBe('lint ok\n');
    expect(fake.requests.map((r) => r.route)).toEqual(['downloadJobLogs', 'jobLogContent']);
    expect(fake.logHostRequestsWithAuthorization()).toEqual([]);
  });

  it('lets plugin-retry recover from injected 503s', async () => {
    fake = await startFakeGitHub({ scenario: sampleScenario(), faults: [{ kind: 'status', status: 503, route: 'getRun', times: 2 }] });
    const octokit = getOctokit(TOKEN, { baseUrl: fake.url, retry: { retryAfterBaseValue: 10 } }, retry);
    const run = await octokit.rest.actions.getWorkflowRun({ owner: 'octo', repo: 'app', run_id: 11 });
    expect(run.data.id).toBe(11);
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });
});
