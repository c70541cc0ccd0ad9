import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../server.mjs';
import { validateResponse } from '../openapi.js';
import { sampleScenario, TOKEN } from './scenario-fixture.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ scenario: sampleScenario() });
});
afterAll(async () => fake.close());

/** Each route with a concrete path and the OpenAPI path template it implements. */
const ROUTES: Array<[template: string, path: string]> = [
  ['/repos/{owner}/{repo}/actions/runs', '/repos/octo/app/actions/runs?per_page=2'],
  ['/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', '/repos/octo/app/actions/workflows/nightly.yml/runs'],
  ['/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', '/repos/octo/app/actions/workflows/1000/runs'],
  ['/repos/{owner}/{repo}/actions/runs/{run_id}', '/repos/octo/app/actions/runs/12'],
  ['/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', '/repos/octo/app/actions/runs/12/attempts/1'],
  ['/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', '/repos/octo/app/actions/runs/12/jobs?filter=all'],
  ['/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', '/repos/octo/app/actions/runs/11/attempts/1/jobs'],
  ['/repos/{owner}/{repo}/actions/jobs/{job_id}', '/repos/octo/app/actions/jobs/101'],
];

const LOG_ROUTES: Array<[template: string, path: string]> = [
  ['/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', '/repos/octo/app/actions/jobs/101/logs'],
  ['/repos/{owner}/{repo}/actions/runs/{run_id}/logs', '/repos/octo/app/actions/runs/11/logs'],
  ['/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs', '/repos/octo/app/actions/runs/12/attempts/1/logs'],
];

async function get(path: string, token: string | null = TOKEN) {
  return fetch(fake.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual' });
}

describe('fake GitHub answers conform to the OpenAPI description', () => {
  it.each(ROUTES)('GET %s (%s) returns a valid 200 body', async (template, path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const result = validateResponse('GET', template, 200, await response.json());
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ valid: true, documented: true });
  });

  it.each(LOG_ROUTES)('GET %s (%s) is a documented 302 to the log host', async (template, path) => {
    const response = await get(path);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')?.startsWith(`${fake.logHostUrl}/`)).toBe(true);
    expect(() => validateResponse('GET', template, 302, undefined)).toThrow(/documents no JSON body/);
  });

  it.each([
    ['/repos/{owner}/{repo}/actions/runs', '/repos/octo/app/actions/runs', null, 401],
    ['/repos/{owner}/{repo}/actions/runs', '/repos/octo/app/actions/runs', 'wrong', 401],
    ['/repos/{owner}/{repo}/actions/runs', '/repos/octo/secret/actions/runs', TOKEN, 403],
    ['/repos/{owner}/{repo}/actions/runs/{run_id}', '/repos/octo/app/actions/runs/999', TOKEN, 404],
    ['/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', '/repos/octo/app/actions/jobs/301/logs', TOKEN, 410],
    ['/repos/{owner}/{repo}/actions/runs/{run_id}/logs', '/repos/octo/app/actions/runs/13/logs', TOKEN, 410],
  ] as const)('GET %s (%s, token %s) answers %i with a valid error body', async (template, path, token, status) => {
    const response = await get(path, token);
    expect(response.status).toBe(status);
    const result = validateResponse('GET', template, status, await response.json());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a body that breaks the schema', async () => {
    const body = await (await get('/repos/octo/app/actions/runs/12')).json() as Record<string, unknown>;
    const result = validateResponse('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 200, { ...body, id: 'twelve', head_sha: undefined });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/\/id must be integer/);
  });
});
