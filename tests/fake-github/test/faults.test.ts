import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../server.mjs';
import { validateResponse } from '../openapi.js';
import { sampleScenario, TOKEN } from './scenario-fixture.js';

let running: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(running.map((f) => f.close()));
  running = [];
});

async function start(options: Partial<FakeGitHubOptions> = {}) {
  const fake = await startFakeGitHub({ scenario: sampleScenario(), ...options });
  running.push(fake);
  return fake;
}

const auth = { authorization: `Bearer ${TOKEN}` };
const get = (f: FakeGitHub, path: string, init: RequestInit = {}) => fetch(f.url + path, { headers: auth, ...init });

describe('fault injection', () => {
  it('answers 503 a given number of times, then recovers', async () => {
    const f = await start({ faults: [{ kind: 'status', status: 503, route: 'listRuns', times: 2 }] });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await get(f, '/repos/octo/app/actions/runs')).status);
    expect(statuses).toEqual([503, 503, 200]);
    const failing = await start({ faults: [{ kind: 'status', status: 502 }] });
    const body = await (await get(failing, '/repos/octo/app/actions/runs/11')).json();
    expect(validateResponse('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 502, body).valid).toBe(true);
  });

  it('hits only the nth matching requests of a route, and takes rules added while running', async () => {
    const f = await start({ faults: [{ kind: 'status', status: 500, route: ['getRun', 'getJob'], nth: [2] }] });
    const statuses = [];
    for (const path of ['/repos/octo/app/actions/jobs/101', '/repos/octo/app/actions/runs/11', '/repos/octo/app/actions/runs/11']) {
      statuses.push((await get(f, path)).status);
    }
    expect(statuses).toEqual([200, 500, 200]);
    f.faults.add({ kind: 'status', status: 502, server: 'logs', times: 1 });
    const redirected = await get(f, '/repos/octo/app/actions/jobs/101/logs');
    expect(redirected.status).toBe(502);
    expect(f.requests.at(-1)).toMatchObject({ server: 'logs', route: 'jobLogContent', fault: 'status', status: 502 });
  });

  it('adds latency to every request, and more to chosen routes', async () => {
    const f = await start({ latencyMs: 50, faults: [{ kind: 'delay', delayMs: 100, route: 'getJob' }] });
    let started = performance.now();
    await get(f, '/repos/octo/app/actions/runs/11');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    started = performance.now();
    await get(f, '/repos/octo/app/actions/jobs/101');
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('resets the connection in the middle of a response', async () => {
    const f = await start({ faults: [{ kind: 'reset', route: 'listRuns', times: 1 }] });
    await expect(get(f, '/repos/octo/app/actions/runs').then((r) => r.text())).rejects.toThrow();
    expect((await get(f, '/repos/octo/app/actions/runs')).status).toBe(200);
    expect(f.requests[0]?.fault).toBe('reset');
  });

  it('never answers a timed-out request, and still closes promptly', async () => {
    const f = await start({ faults: [{ kind: 'timeout', route: 'getRun' }] });
    await expect(get(f, '/repos/octo/app/actions/runs/11', { signal: AbortSignal.timeout(200) })).rejects.toThrow(/timeout|aborted/i);
    expect(f.requests[0]).toMatchObject({ fault: 'timeout', status: undefined });
    const hung = get(f, '/repos/octo/app/actions/runs/12').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await f.close();
    running = [];
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await hung).toBeInstanceOf(Error);
  });

  it('answers primary rate limits with x-ratelimit-remaining 0 and a reset time', async () => {
    const f = await start({ faults: [
      { kind: 'primary-rate-limit', route: 'listRuns', times: 1, resetAfter: 30 },
      { kind: 'primary-rate-limit', status: 429, route: 'getRun', times: 1 },
    ] });
    const response = await get(f, '/repos/octo/app/actions/runs');
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 28);
    expect(await response.json()).toMatchObject({ message: expect.stringMatching(/^API rate limit exceeded/) });
    expect((await get(f, '/repos/octo/app/actions/runs/11')).status).toBe(429);
    const ok = await get(f, '/repos/octo/app/actions/runs/11');
    expect(ok.status).toBe(200);
    expect(Number(ok.headers.get('x-ratelimit-remaining'))).toBe(5000 - 3);
  });

  it('answers secondary rate limits with retry-after and GitHub\'s message', async () => {
    const f = await start({ faults: [{ kind: 'secondary-rate-limit', retryAfter: 7, times: 1 }] });
    const response = await get(f, '/repos/octo/app/actions/runs');
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('7');
    const body = await response.json() as { message: string };
    expect(body.message).toMatch(/You have exceeded a secondary rate limit/);
    expect(body.message).toContain(response.headers.get('x-github-request-id'));
  });

  it('records the peak number of concurrent requests and can enforce a limit', async () => {
    const f = await start({ latencyMs: 100 });
    await Promise.all(Array.from({ length: 5 }, () => get(f, '/repos/octo/app/actions/runs/11')));
    expect(f.peakConcurrency.api).toBe(5);

    const limited = await start({ latencyMs: 100, concurrencyLimit: 2 });
    const statuses = await Promise.all(Array.from({ length: 5 }, async () => (await get(limited, '/repos/octo/app/actions/runs/11')).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses.filter((s) => s === 403)).toHaveLength(3);
  });
});
