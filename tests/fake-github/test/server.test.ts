import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../server.mjs';
import { readZipEntries } from '../zip-entries.mjs';
import { sampleScenario, TOKEN } from './scenario-fixture.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: Partial<FakeGitHubOptions> = {}) {
  fake = await startFakeGitHub({ scenario: sampleScenario(), ...options });
  return fake;
}

function get(f: FakeGitHub, path: string, init: RequestInit = {}) {
  return fetch(path.startsWith('http') ? path : f.url + path, {
    ...init,
    headers: { authorization: `token ${TOKEN}`, ...(init.headers as Record<string, string> | undefined) },
  });
}

async function runIds(f: FakeGitHub, query: string) {
  const body = await (await get(f, `/repos/octo/app/actions/runs?${query}`)).json() as { total_count: number; workflow_runs: Array<{ id: number }> };
  return { total: body.total_count, ids: body.workflow_runs.map((r) => r.id) };
}

describe('listing workflow runs', () => {
  it('filters by branch, event, status or conclusion, created date and head SHA, newest first', async () => {
    const f = await start();
    expect(await runIds(f, '')).toEqual({ total: 3, ids: [13, 12, 11] });
    expect((await runIds(f, 'branch=dev')).ids).toEqual([13]);
    expect((await runIds(f, 'event=push')).ids).toEqual([12, 11]);
    expect((await runIds(f, 'status=failure')).ids).toEqual([13, 11]);
    expect((await runIds(f, 'status=completed')).ids).toEqual([13, 12, 11]);
    expect((await runIds(f, 'created=>=2024-05-02')).ids).toEqual([13, 12]);
    expect((await runIds(f, 'created=2024-05-01..2024-05-02')).ids).toEqual([12, 11]);
    const run11 = await (await get(f, '/repos/octo/app/actions/runs/11')).json() as { head_sha: string };
    expect((await runIds(f, `head_sha=${run11.head_sha}`)).ids).toEqual([11]);
  });

  it('paginates with GitHub Link headers that lead through every page', async () => {
    const f = await start();
    const seen: number[] = [];
    let next: string | undefined = `${f.url}/repos/octo/app/actions/runs?per_page=1`;
    const links: string[] = [];
    while (next) {
      const response = await get(f, next);
      const body = await response.json() as { total_count: number; workflow_runs: Array<{ id: number }> };
      expect(body.total_count).toBe(3);
      seen.push(...body.workflow_runs.map((r) => r.id));
      const link = response.headers.get('link') ?? '';
      links.push(link);
      next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
    }
    expect(seen).toEqual([13, 12, 11]);
    expect(links[0]).toBe(`<${f.url}/repositories/4242/actions/runs?per_page=1&page=2>; rel="next", <${f.url}/repositories/4242/actions/runs?per_page=1&page=3>; rel="last"`);
    expect(links[2]).toContain('rel="prev"');
    expect(links[2]).toContain('rel="first"');
    expect(links[2]).not.toContain('rel="next"');
  });

  it('lists a workflow\'s runs by file name or id, and 404s an unknown workflow', async () => {
    const f = await start();
    const byName = await (await get(f, '/repos/octo/app/actions/workflows/ci.yml/runs')).json() as { workflow_runs: Array<{ id: number; workflow_id: number }> };
    expect(byName.workflow_runs.map((r) => r.id)).toEqual([12, 11]);
    const byId = await (await get(f, `/repos/octo/app/actions/workflows/${byName.workflow_runs[0]?.workflow_id}/runs`)).json() as { workflow_runs: Array<{ id: number }> };
    expect(byId.workflow_runs.map((r) => r.id)).toEqual([12, 11]);
    expect((await get(f, '/repos/octo/app/actions/workflows/missing.yml/runs')).status).toBe(404);
  });
});

describe('runs, attempts and jobs', () => {
  it('serves each attempt with its own conclusion and jobs', async () => {
    const f = await start();
    const latest = await (await get(f, '/repos/octo/app/actions/runs/12')).json() as Record<string, unknown>;
    expect(latest).toMatchObject({ id: 12, run_attempt: 2, conclusion: 'success', previous_attempt_url: `${f.url}/repos/octo/app/actions/runs/12/attempts/1` });
    const first = await (await get(f, '/repos/octo/app/actions/runs/12/attempts/1')).json() as Record<string, unknown>;
    expect(first).toMatchObject({ id: 12, run_attempt: 1, conclusion: 'failure', previous_attempt_url: null });

    const jobs = async (path: string) => ((await (await get(f, path)).json()) as { jobs: Array<{ id: number; run_attempt: number }> }).jobs.map((j) => [j.id, j.run_attempt]);
    expect(await jobs('/repos/octo/app/actions/runs/12/jobs')).toEqual([[202, 2]]);
    expect(await jobs('/repos/octo/app/actions/runs/12/jobs?filter=all')).toEqual([[201, 1], [202, 2]]);
    expect(await jobs('/repos/octo/app/actions/runs/12/attempts/1/jobs')).toEqual([[201, 1]]);
    expect((await get(f, '/repos/octo/app/actions/runs/12/attempts/3')).status).toBe(404);
    const job = await (await get(f, '/repos/octo/app/actions/jobs/101')).json() as { name: string; conclusion: string; steps: Array<{ name: string; conclusion: string }> };
    expect(job).toMatchObject({ name: 'build (ubuntu-latest, 20)', conclusion: 'failure' });
    expect(job.steps.map((s) => [s.name, s.conclusion])).toEqual([['Set up job', 'success'], ['Run npm test', 'failure']]);
  });
});

describe('logs', () => {
  it('redirects job logs to the log host, which serves the bytes and records any Authorization header', async () => {
    const f = await start();
    const redirect = await get(f, '/repos/octo/app/actions/jobs/101/logs', { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    expect(new URL(location).origin).toBe(f.logHostUrl);
    expect(new URL(location).origin).not.toBe(f.url);

    const clean = await fetch(location);
    expect(await clean.text()).toBe('2024-05-01T10:01:00.0000000Z Current runner version: 2.317.0\n2024-05-01T10:02:00.0000000Z ##[error]Process completed with exit code 1.\n');
    expect(f.logHostRequestsWithAuthorization()).toEqual([]);

    await fetch(location, { headers: { authorization: `token ${TOKEN}` } });
    const leaks = f.logHostRequestsWithAuthorization();
    expect(leaks).toHaveLength(1);
    expect(JSON.stringify(leaks)).not.toContain(TOKEN);

    const tampered = new URL(location);
    tampered.searchParams.set('sig', 'forged');
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('serves a synthetic log of exactly logBytes before the job\'s own text', async () => {
    const scenario = { token: TOKEN, repos: [{ owner: 'o', name: 'r', runs: [{ id: 1, jobs: [{ id: 5, name: 'big', logBytes: 300_001, log: 'THE END\n' }] }] }] };
    fake = await startFakeGitHub({ scenario });
    const response = await get(fake, '/repos/o/r/actions/jobs/5/logs');
    const text = await response.text();
    expect(Buffer.byteLength(text)).toBe(300_001 + 8);
    expect(response.headers.get('content-length')).toBe(String(300_001 + 8));
    expect(text.endsWith('\nTHE END\n')).toBe(true);
    expect(text.split('\n')[0]).toMatch(/^2024-05-01T10:01:00\.0000000Z /);
  });

  it('serves run and attempt log zips with one file per job and a folder of step logs', async () => {
    const f = await start();
    const zip = Buffer.from(await (await get(f, '/repos/octo/app/actions/runs/11/logs')).arrayBuffer());
    const entries = await readZipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual([
      '0_build (ubuntu-latest, 20).txt',
      'build (ubuntu-latest, 20)/1_Set up job.txt',
      'build (ubuntu-latest, 20)/2_Run npm test.txt',
      '1_lint.txt',
      'lint/2_Run tests.txt',
    ]);
    expect(entries[2]?.data.toString()).toBe('2024-05-01T10:02:00.0000000Z ##[error]Process completed with exit code 1.\n');
    const attempt = await readZipEntries(Buffer.from(await (await get(f, '/repos/octo/app/actions/runs/12/attempts/1/logs')).arrayBuffer()));
    expect(attempt.find((e) => e.name === '0_test.txt')?.data.toString()).toBe('flaky failure\n');
  });

  it('answers 410 for expired logs and 403 for forbidden runs', async () => {
    const scenario = sampleScenario();
    const run = scenario.repos[0]?.runs?.[0];
    if (run) run.forbidden = true;
    const f = await start({ scenario });
    expect((await get(f, '/repos/octo/app/actions/jobs/301/logs')).status).toBe(410);
    expect((await get(f, '/repos/octo/app/actions/runs/13/attempts/1/logs')).status).toBe(410);
    const forbidden = await get(f, '/repos/octo/app/actions/jobs/101/logs');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await runIds(f, '')).ids).toEqual([13, 12]);
  });
});

describe('request log', () => {
  it('records method, path, query, route and status but never the token', async () => {
    const f = await start();
    await get(f, '/repos/octo/app/actions/runs?branch=main&per_page=5');
    await get(f, '/repos/octo/app/actions/jobs/101/logs');
    await fetch(`${f.url}/repos/octo/app/actions/runs`);
    expect(f.requests.map((r) => [r.server, r.route, r.status])).toEqual([
      ['api', 'listRuns', 200], ['api', 'downloadJobLogs', 302], ['logs', 'jobLogContent', 200], ['api', 'listRuns', 401],
    ]);
    expect(f.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo/app/actions/runs', query: { branch: 'main', per_page: '5' }, authScheme: 'token', hadAuthorization: true });
    expect(f.routeCounts()).toEqual({ listRuns: 2, downloadJobLogs: 1, jobLogContent: 1 });
    expect(JSON.stringify(f.requests)).not.toContain(TOKEN);
  });
});
