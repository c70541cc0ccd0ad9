import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, RecordingLogger, ServiceUnavailableError } from '@prodfix/core';
import { startFakeGitHub, type FakeGitHub, type FaultRule, type ScenarioInput } from '../../../tests/fake-github/server.mjs';
import { collect, type CollectOptions } from '../src/index.js';
import { collectScenario, PLANTED, TOKEN } from './collect-scenario.js';
import { manifestErrors } from './validate-manifest.js';

let fake: FakeGitHub;
let dir: string;

async function start(faults: FaultRule[] = [], scenario: ScenarioInput = collectScenario()): Promise<void> {
  fake = await startFakeGitHub({ scenario, faults });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prodfix-collect-'));
});
afterEach(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

function options(overrides: Partial<CollectOptions> = {}): CollectOptions & { logger: RecordingLogger } {
  return {
    token: TOKEN,
    repository: 'octo/app',
    apiUrl: fake.url,
    runId: 50,
    outDir: join(dir, 'out'),
    workspace: dir,
    secrets: [PLANTED.given],
    maxLogBytes: 100_000,
    client: { retryBaseMs: 5, jitterMs: 5, rateLimitUnitMs: 10, timeoutMs: 2000 },
    ...overrides,
    logger: new RecordingLogger(),
  };
}

async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/')).sort();
}

async function expectNoPlantedSecret(root: string): Promise<void> {
  for (const file of await allFiles(root)) {
    const text = await readFile(join(root, file), 'utf8');
    for (const secret of [...Object.values(PLANTED), TOKEN, 'PlantedPrivateKeyMaterial']) {
      expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  }
}

describe('collect from the fake GitHub', () => {
  it('writes the failed jobs of the latest attempt, redacted, with run/job objects, manifest and summary', async () => {
    await start();
    const opts = options();
    const result = await collect(opts);
    const files = await allFiles(result.dir);
    expect(files).toEqual([
      'analysis_summary.txt',
      'manifest.json',
      'runs/50-2/build-linux/job.json',
      'runs/50-2/build-linux/log.txt',
      'runs/50-2/docs/job.json',
      'runs/50-2/e2e-chrome/job.json',
      'runs/50-2/huge/job.json',
      'runs/50-2/run.json',
    ]);
    const log = await readFile(join(result.dir, 'runs/50-2/build-linux/log.txt'), 'utf8');
    expect(log).toContain('export GH_TOKEN=[REDACTED:github-token]');
    expect(log).toContain('##[error]Process completed with exit code 1.');
    expect(log.split('\n')).toHaveLength(10);
    await expectNoPlantedSecret(result.dir);

    const run = JSON.parse(await readFile(join(result.dir, 'runs/50-2/run.json'), 'utf8'));
    expect(run).toMatchObject({ id: 50, run_attempt: 2, display_title: 'Fix login (token=[REDACTED:assignment]' });
    const job = JSON.parse(await readFile(join(result.dir, 'runs/50-2/build-linux/job.json'), 'utf8'));
    expect(job).toMatchObject({ id: 502, name: 'build / linux', conclusion: 'failure' });

    const { manifest } = result;
    expect(manifestErrors(manifest)).toEqual([]);
    expect(JSON.parse(await readFile(result.manifestPath, 'utf8'))).toEqual(manifest);
    const logEntry = manifest.files.find((f) => f.path === 'runs/50-2/build-linux/log.txt');
    expect(logEntry).toMatchObject({ status: 'ok', runId: 50, attempt: 2, jobId: 502, conclusion: 'failure', size: Buffer.byteLength(log) });
    expect(logEntry?.redactions).toEqual({ 'github-token': 2, 'aws-access-key': 1, 'basic-auth-url': 1, 'secret-value': 1, 'private-key': 1 });
    const missing = Object.fromEntries(manifest.files.filter((f) => f.status === 'missing').map((f) => [f.jobName, f.problem?.reason]));
    expect(missing).toEqual({ 'e2e: chrome/../..': 'expired', docs: 'forbidden', huge: 'too-big' });
    expect(manifest.totals).toMatchObject({ runs: 1, jobs: 1, missing: 3 });
    expect(opts.logger.text('warning')).toMatch(/Missing log of job "docs".*actions: read/);
    expect(await readFile(result.summaryPath, 'utf8')).toMatch(/huge \[failure\]: MISSING \(too-big/);
    expect(fake.logHostRequestsWithAuthorization()).toEqual([]);
  });

  it('collects every attempt and a baseline of the same job names', async () => {
    await start();
    const result = await collect(options({ attempts: 'all', jobs: 'all', baseline: true, maxLogBytes: 1_000_000 }));
    const dirs = result.manifest.runs.map((r) => `${r.dir}${r.baseline ? ` (baseline for ${r.baselineFor})` : ''}`);
    expect(dirs).toEqual(['runs/50-1', 'runs/50-2', 'baseline/40-1 (baseline for 50)']);
    const baselineLogs = result.manifest.files.filter((f) => f.baseline && f.role === 'job-log').map((f) => f.path);
    expect(baselineLogs).toEqual(['baseline/40-1/build-linux/log.txt', 'baseline/40-1/lint/log.txt']);
    expect(await readFile(join(result.dir, 'baseline/40-1/build-linux/log.txt'), 'utf8')).toContain('all tests passed');
    expect(await readFile(join(result.dir, 'runs/50-1/build-linux/log.txt'), 'utf8')).toContain('first attempt failed');
    expect(manifestErrors(result.manifest)).toEqual([]);
  });

  it('lists failed runs by filter when no run id is given', async () => {
    await start();
    const result = await collect(options({ runId: undefined, conclusion: 'failure', branch: 'main', limit: 5 }));
    expect(result.manifest.runs.map((r) => r.id)).toEqual([50]);
    const all = await collect(options({ runId: undefined, conclusion: 'any', limit: 5, outDir: join(dir, 'all') }));
    expect(all.manifest.runs.map((r) => r.id)).toEqual([50, 40]);
  });

  it('retries 500s, a reset connection and a failing log host, and loses nothing', async () => {
    await start([
      { kind: 'status', status: 500, route: 'getRun', times: 1 },
      { kind: 'status', status: 502, route: 'listAttemptJobs', times: 1 },
      { kind: 'reset', route: 'downloadJobLogs', times: 1 },
      { kind: 'status', status: 503, server: 'logs', times: 1 },
    ]);
    const result = await collect(options({ logSource: 'jobs' }));
    expect(result.manifest.files.find((f) => f.jobId === 502)).toMatchObject({ status: 'ok' });
    const statuses = fake.requests.filter((r) => r.fault).map((r) => `${r.route}:${r.fault}`);
    expect(statuses).toEqual(['getRun:status', 'listAttemptJobs:status', 'downloadJobLogs:reset', 'jobLogContent:status']);
  });

  it('waits out a secondary rate limit as retry-after asks', async () => {
    await start([{ kind: 'secondary-rate-limit', route: 'listAttemptJobs', retryAfter: 2, times: 1 }]);
    const opts = options();
    const started = performance.now();
    const result = await collect(opts);
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
    expect(result.manifest.files.some((f) => f.jobId === 502 && f.status === 'ok')).toBe(true);
    expect(opts.logger.text('warning')).toMatch(/secondary rate limit.*retrying after 2s/);
  });

  it('gives up on a request that does not answer within the timeout, and retries it', async () => {
    await start([{ kind: 'timeout', route: 'getRun', times: 1 }]);
    const opts = options({ client: { retryBaseMs: 5, jitterMs: 5, timeoutMs: 300 } });
    const result = await collect(opts);
    expect(result.manifest.runs.map((r) => r.id)).toEqual([50]);
    expect(fake.routeCounts().getRun).toBe(2);
  });

  it('waits for x-ratelimit-reset on a primary rate limit', async () => {
    await start([{ kind: 'primary-rate-limit', route: 'getRun', resetAfter: 1, times: 1 }]);
    const opts = options();
    const result = await collect(opts);
    expect(result.manifest.runs.map((r) => r.id)).toEqual([50]);
    expect(opts.logger.text('warning')).toMatch(/primary rate limit on GET .*retrying after \d+s/);
  });

  it('streams a large log to disk with a correct size and digest', async () => {
    await start([], { token: TOKEN, repos: [{ owner: 'octo', name: 'app', runs: [{ id: 80, jobs: [{ id: 801, name: 'big', conclusion: 'failure', logBytes: 20_000_000, log: `tail ${PLANTED.pat}\n` }] }] }] });
    const result = await collect(options({ runId: 80, maxLogBytes: 50_000_000 }));
    const entry = result.manifest.files.find((f) => f.role === 'job-log');
    const bytes = await readFile(join(result.dir, entry?.path ?? ''));
    expect(entry?.size).toBe(bytes.length);
    expect(entry?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bytes.length).toBeGreaterThan(20_000_000);
    expect(bytes.subarray(-40).toString()).toContain('tail [REDACTED:github-token]');
  });

  it('keeps what it has when an attempt cannot be read, with a warning', async () => {
    await start([{ kind: 'status', status: 404, route: 'getAttempt' }]);
    const opts = options({ runId: undefined, conclusion: 'any', attempts: 'all', maxLogBytes: 1_000_000 });
    const result = await collect(opts);
    expect(result.manifest.runs.map((r) => r.dir)).toEqual(['runs/50-2', 'runs/40-1']);
    expect(result.manifest.files.some((f) => f.jobId === 502 && f.status === 'ok')).toBe(true);
    expect(opts.logger.text('warning')).toMatch(/Attempt 1 of run 50 is incomplete: GitHub found nothing reading attempt 1 of run 50 \(404\)/);
    expect(manifestErrors(result.manifest)).toEqual([]);
  });

  it('keeps run.json and warns when the jobs of an attempt cannot be listed', async () => {
    await start([{ kind: 'status', status: 502, route: 'listAttemptJobs' }]);
    const opts = options({ client: { retryBaseMs: 1, jitterMs: 1, retries: 1, timeoutMs: 2000 } });
    const result = await collect(opts);
    expect(await allFiles(result.dir)).toEqual(['analysis_summary.txt', 'manifest.json', 'runs/50-2/run.json']);
    expect(opts.logger.text('warning')).toMatch(/Attempt 2 of run 50 is incomplete/);
    expect(manifestErrors(result.manifest)).toEqual([]);
  });

  it('says in one line that the API cannot be reached, after warning at each retry', async () => {
    await start();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const opts = options({ apiUrl: `http://127.0.0.1:${port}`, client: { retries: 2, retryBaseMs: 1, jitterMs: 1, timeoutMs: 2000 } });
    const error = await collect(opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(String(error)).toMatch(new RegExp(`could not reach GitHub's API at http://127\\.0\\.0\\.1:${port} reading run 50 \\(.*ECONNREFUSED.*\\); check api-url`));
    expect(opts.logger.text('warning').match(/GET \/repos\/\{owner\}\/\{repo\}\/actions\/runs\/\{run_id\} failed \(.*\); retry \d of 2/g)).toHaveLength(2);
  });

  it('names the status when the API keeps answering 5xx, and refuses a web page or credentials in api-url', async () => {
    await start([{ kind: 'status', status: 502, route: 'getRun' }]);
    const failing = await collect(options({ client: { retries: 1, retryBaseMs: 1, jitterMs: 1, timeoutMs: 2000 } })).catch((e: unknown) => e);
    expect(failing).toBeInstanceOf(ServiceUnavailableError);
    expect(String(failing)).toMatch(/GitHub's API at http:\/\/127\.0\.0\.1:\d+ kept answering 502 reading run 50, after retries/);

    const page = createHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login to wifi</body></html>'));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
      const error = await collect(options({ apiUrl: url, outDir: join(dir, 'portal') })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(String(error)).toMatch(/answered reading run 50 with something that is not a workflow run \(text\): is api-url/);
      await expect(readdir(join(dir, 'portal'))).rejects.toThrow(/ENOENT/);
    } finally {
      page.close();
    }

    const withPassword = await collect(options({ apiUrl: 'http://proxy:S3cretProxyPass@127.0.0.1:9', outDir: join(dir, 'creds') })).catch((e: unknown) => e);
    expect(String(withPassword)).toBe('ConfigurationError: api-url must not hold a user name or password (user:password@host): the token authenticates');
    await expect(readdir(join(dir, 'creds'))).rejects.toThrow(/ENOENT/);
  });

  it('warns, without the value, when a given secret is short enough to hide ordinary text', async () => {
    await start();
    const opts = options({ secrets: [PLANTED.given, 'ok12'] });
    await collect(opts);
    expect(opts.logger.text('warning')).toMatch(/1 of the given secrets are shorter than 8 characters/);
    expect(opts.logger.text('warning')).not.toContain('ok12');
  });

  it('fails with a message naming actions: read when the token may not read the repository', async () => {
    await start();
    const error = await collect(options({ repository: 'octo/private', runId: 60 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toMatch(/403.*actions: read/);
    expect(String(error)).not.toContain(TOKEN);
    await expect(readdir(join(dir, 'out')), 'the empty folder it made is gone').rejects.toThrow(/ENOENT/);
  });

  it('pages through many jobs with bounded parallel downloads', async () => {
    const jobs = Array.from({ length: 105 }, (_, i) => ({ id: 7000 + i, name: `shard ${i}`, conclusion: 'failure', log: `shard ${i} failed\n` }));
    await start([], { token: TOKEN, repos: [{ owner: 'octo', name: 'app', runs: [{ id: 70, jobs }] }] });
    const result = await collect(options({ runId: 70, concurrency: 3, logSource: 'jobs' }));
    expect(result.manifest.totals.jobs).toBe(105);
    expect(fake.routeCounts().listAttemptJobs).toBe(2);
    expect(fake.peakConcurrency.logs).toBeLessThanOrEqual(3);
    expect(await readFile(join(result.dir, 'runs/70-1/shard-104/log.txt'), 'utf8')).toBe('shard 104 failed\n');
  });

  it('copies app logs by glob without following links, and records git history', async () => {
    await start();
    const workspace = join(dir, 'ws');
    await mkdir(join(workspace, 'logs'), { recursive: true });
    await writeFile(join(workspace, 'logs', 'app.log'), `ERROR db password=${PLANTED.password}\n`);
    await writeFile(join(dir, 'outside.log'), 'outside the workspace\n');
    await symlink(join(dir, 'outside.log'), join(workspace, 'logs', 'link.log'));
    const git = (...args: string[]) => execFileSync('git', ['-C', workspace, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '--allow-empty', '-m', `Rotate key ${PLANTED.aws}`);
    const opts = options({ workspace, appLogs: ['logs/*.log', '**/*.log'], gitCommits: 5, systemSnapshot: { processes: ['node'] }, outDir: join(workspace, 'out') });
    const result = await collect(opts);
    const other = result.manifest.files.filter((f) => !f.runId).map((f) => `${f.role} ${f.path} ${f.status}`);
    expect(other).toEqual(['app-log app-logs/logs/app.log ok', 'git-log git/log.txt ok', 'system-snapshot system/snapshot.txt ok']);
    expect(await readFile(join(result.dir, 'app-logs/logs/app.log'), 'utf8')).toBe('ERROR db password=[REDACTED:assignment]\n');
    expect(await readFile(join(result.dir, 'git/log.txt'), 'utf8')).toMatch(/Rotate key \[REDACTED:aws-access-key\]/);
    expect(await readFile(join(result.dir, 'system/snapshot.txt'), 'utf8')).toMatch(/memory: .* used of/);
    await expectNoPlantedSecret(result.dir);
    expect(manifestErrors(result.manifest)).toEqual([]);
  });

  it('lists git history as missing, not fatal, outside a git repository', async () => {
    await start();
    const opts = options({ gitCommits: 3 });
    const result = await collect(opts);
    expect(result.manifest.files.find((f) => f.role === 'git-log')).toMatchObject({ status: 'missing', problem: { reason: 'failed', message: expect.stringMatching(/git log exited with 128: fatal: not a git repository/) } });
    expect(result.manifest.files.some((f) => f.jobId === 502 && f.status === 'ok')).toBe(true);
  });

  it('refuses app-log globs that climb out of the workspace', async () => {
    await start();
    await expect(collect(options({ appLogs: ['../*.log'] }))).rejects.toThrow(/must not use '\.\.'/);
    expect(fake.requests).toEqual([]);
  });
});
